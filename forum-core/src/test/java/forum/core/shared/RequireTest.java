package forum.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void textMustBePresentAndNotTooLong() {
        assertThat(Require.text("Karlstad", "name", 200)).isEqualTo("Karlstad");
        assertThatThrownBy(() -> Require.text("  ", "name", 200))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo(Require.REQUIRED);
                    assertThat(v.field()).contains("name");
                });
        assertThatThrownBy(() -> Require.text("x".repeat(201), "name", 200))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo(Require.TOO_LONG));
    }

    @Test
    void optionalTextMayBeAbsent() {
        assertThat(Require.optionalText(null, "email", 10)).isNull();
    }

    @Test
    void emailNeedsAnAtAndADomain() {
        assertThat(Require.optionalEmail(null, "email")).isNull();
        assertThat(Require.email("anna@karlstad.se", "email")).isEqualTo("anna@karlstad.se");
        assertThatThrownBy(() -> Require.email("anna.karlstad.se", "email"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo(Require.EMAIL_FORMAT));
    }

    @Test
    void durationMustBePositiveAndBounded() {
        assertThatThrownBy(() -> Require.duration(Duration.ZERO, "duration", Duration.ofHours(1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo(Require.OUT_OF_RANGE));
        assertThatThrownBy(() -> Require.duration(Duration.ofHours(2), "duration", Duration.ofHours(1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo(Require.OUT_OF_RANGE));
    }

    @Test
    void listsHaveNoEmptyElementsAndABound() {
        assertThatThrownBy(() -> Require.texts(List.of("a", " "), "agenda", 5, 10))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).contains("agenda[1]"));
        assertThatThrownBy(() -> Require.elements(Set.of(1, 2), "ids", 1))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo(Require.TOO_MANY));
        assertThatThrownBy(() -> Require.elements(Arrays.asList(1, null), "ids", 5))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo(Require.REQUIRED));
    }
}
