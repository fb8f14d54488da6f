package forum.core.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import forum.core.municipality.Country;

/** Sweden: alkohollagen (2010:1622) 9 kap. 17-18 §§ from 1 January 2011; Denmark: the bevillingsnævn's own practice. */
class SwedishAndDanishRulesTest {

    private final SanctionRuleBook rules = SanctionRuleBook.standard();

    @Test
    void swedenOffersRemarkWarningAndRevocationEachWithItsSection() {
        SanctionRuleSet sweden = rules.inForce(Country.SE, LocalDate.parse("2026-05-01")).orElseThrow();

        assertThat(sweden.statutorySanctions()).containsOnlyKeys("REMARK", "WARNING", "REVOCATION");
        assertThat(sweden.statutorySanctions().get("REMARK")).startsWith("9 kap. 18 § 1").contains("erinran");
        assertThat(sweden.statutorySanctions().get("WARNING")).startsWith("9 kap. 18 § 2").contains("varning");
        assertThat(sweden.statutorySanctions().get("REVOCATION")).startsWith("9 kap. 17 §").contains("återkallelse");
        assertThat(sweden.penaltyPoints()).isNull();
    }

    @Test
    void theAlcoholActOf2010AppliesFrom2011() {
        assertThat(rules.inForce(Country.SE, LocalDate.parse("2010-12-31"))).isEmpty();
        assertThat(rules.inForce(Country.SE, LocalDate.parse("2011-01-01"))).isPresent();
    }

    @Test
    void denmarkShowsTheMunicipalitysLatestFiveDecisions() {
        SanctionRuleSet denmark = rules.inForce(Country.DK, LocalDate.parse("2026-05-01")).orElseThrow();

        assertThat(denmark.ownPracticeLatest()).isEqualTo(5);
        assertThat(denmark.penaltyPoints()).isNull();
        assertThat(denmark.statutorySanctions()).isEmpty();
    }

    @Test
    void aRuleSetThatGivesMorePointsThanAWithdrawalIsRefused() {
        Properties file = new Properties();
        file.putAll(java.util.Map.of("country", "NO", "valid-from", "2016-01-01", "source", "x",
                "points.window-years", "2", "points.withdrawal-at", "12", "points.withdrawal-days", "7",
                "points.extra-days", "1:1", "breach.minors", "13"));

        assertThatThrownBy(() -> RuleSetFiles.parse("bad.properties", file))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.properties");
    }
}
