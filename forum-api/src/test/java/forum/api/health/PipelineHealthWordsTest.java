package forum.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The health page's sentences as the bundles write them: counts in the language's digits, one and many told apart. */
class PipelineHealthWordsTest {

    private final ResourceBundleMessageSource words = new ResourceBundleMessageSource();

    PipelineHealthWordsTest() {
        words.setBasename("messages");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
    }

    @Test
    void thePublishersLagIsASentenceWithItsCountAndAge() {
        assertThat(say(Locale.ENGLISH, "operator.health.publisher.behind", 1204L, 3L))
                .isEqualTo("The publisher is 1,204 events behind (oldest 3 minutes).");
        assertThat(say(Locale.ENGLISH, "operator.health.publisher.behind", 1L, 1L))
                .isEqualTo("The publisher is 1 event behind (oldest 1 minute).");
        assertThat(say(Locale.forLanguageTag("nb"), "operator.health.publisher.behind", 2L, 12L))
                .isEqualTo("Publiseringen ligger 2 hendelser etter (den eldste 12 minutter).");
    }

    @Test
    void theOtherPartsNameWhatTheyCount() {
        assertThat(say(Locale.forLanguageTag("sv"), "operator.health.consumer.behind", "forum-projections", 1L))
                .isEqualTo("Konsumenten forum-projections ligger 1 händelse efter.");
        assertThat(say(Locale.forLanguageTag("da"), "operator.health.deadLetters.some", 3L, "7. december 2026"))
                .isEqualTo("3 hændelser er lagt til side som ulæselige, den ældste 7. december 2026.");
        assertThat(say(Locale.ENGLISH, "operator.health.gaps.open", 1L, "7 December 2026"))
                .startsWith("The events of 1 case or meeting are held back for a missing event since 7 December 2026");
    }

    private String say(Locale language, String key, Object... arguments) {
        return words.getMessage(key, arguments, language);
    }
}
