package forum.api.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScrapeCredentialTest {

    private static final String SECRET = "0123456789abcdef";

    @Test
    void unsetOpensNothing() {
        ScrapeCredential none = new ScrapeCredential(null, null);

        assertThat(none.configured()).isFalse();
        assertThat(none.matches(null, null)).isFalse();
        assertThat(none.matches("", "")).isFalse();
    }

    @Test
    void matchesOnlyTheExactNameAndPassword() {
        ScrapeCredential scrape = new ScrapeCredential("prometheus", SECRET);

        assertThat(scrape.matches("prometheus", SECRET)).isTrue();
        assertThat(scrape.matches("prometheus", SECRET + " ")).isFalse();
        assertThat(scrape.matches("prometheus", null)).isFalse();
        assertThat(scrape.matches("Prometheus", SECRET)).isFalse();
    }

    @Test
    void cannotConfigureANameWithoutAPasswordOrTheOtherWayRound() {
        assertThatThrownBy(() -> new ScrapeCredential("prometheus", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScrapeCredential(" ", SECRET)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotConfigureAShortPassword() {
        assertThatThrownBy(() -> new ScrapeCredential("prometheus", "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(ScrapeCredential.MIN_PASSWORD_LENGTH));
    }

    @Test
    void neverShowsThePassword() {
        assertThat(new ScrapeCredential("prometheus", SECRET).toString()).doesNotContain(SECRET);
    }
}
