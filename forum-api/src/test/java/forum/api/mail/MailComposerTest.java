package forum.api.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every kind of mail composes in every language from the real templates and bundles: a subject, an HTML and a
 * plain-text part that greet the recipient and hold the facts, no key left unresolved; a meeting notice carries its
 * .ics with the notice's METHOD.
 */
class MailComposerTest {

    private static final String FACTS = """
            {"forumName": "Trygt natteliv", "startsAt": "2027-03-28T08:00:00Z", "endsAt": "2027-03-28T10:00:00Z",
             "location": "Rådhuset", "agenda": ["Julefrokoster"], "meetingId": "6f1d7c1e-7f4b-4e43-9a53-0d3c1b1f2a10",
             "method": "REQUEST", "sequence": 1, "what": "Kontrol af ID", "due": "2027-04-01",
             "expiresAt": "2027-03-30T12:00:00Z", "path": "invitations/token", "venueName": "Bar Nord",
             "recommendationKind": "WARNING", "meetingsHeld": 2, "meetingsAhead": 1, "actionItemsCompleted": 3,
             "actionItemsOverdue": 1, "issuesRegistered": 4, "recommendationsAwaiting": 1}
            """;

    private final MailComposer composer = composer();

    @ParameterizedTest
    @CsvSource({"da, DK", "sv, SE", "nb, NO", "en, SE"})
    void everyKindComposesInTheLanguage(String language, String country) throws Exception {
        JsonNode facts = new ObjectMapper().readTree(FACTS);
        for (MailKind kind : MailKind.values()) {
            MailComposer.Composed mail = composer.compose(new MailComposer.Facts(kind, language, country,
                    "Åse Ærø", facts));
            assertThat(mail.subject()).as("%s %s", kind, language).isNotBlank().doesNotContain("??", "mail.");
            assertThat(mail.html()).as("%s %s", kind, language).contains("Åse Ærø", "http://localhost:8080/")
                    .doesNotContain("??");
            assertThat(mail.text()).as("%s %s", kind, language).contains("Åse Ærø").doesNotContain("??", "[(");
            if (kind == MailKind.MEETING_NOTICE) {
                assertThat(mail.icsMethod()).isEqualTo("REQUEST");
                assertThat(mail.ics()).contains("METHOD:REQUEST", "SEQUENCE:1",
                        "6f1d7c1e-7f4b-4e43-9a53-0d3c1b1f2a10");
                assertThat(mail.text()).contains("Julefrokoster", "Rådhuset");
            } else {
                assertThat(mail.ics()).isNull();
            }
        }
    }

    private static MailComposer composer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine html = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        html.setTemplateResolver(resolver);
        html.setTemplateEngineMessageSource(messages);
        NoticeCalendar calendar = (notice, country, locale, pages) -> "BEGIN:VCALENDAR\nMETHOD:"
                + (notice.cancelled() ? "CANCEL" : "REQUEST") + "\nSEQUENCE:" + notice.sequence() + "\nUID:"
                + notice.meetingId() + "\nEND:VCALENDAR";
        return new MailComposer(html, messages, calendar, URI.create("http://localhost:8080/"));
    }
}
