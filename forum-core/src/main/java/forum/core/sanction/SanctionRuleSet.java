package forum.core.sanction;

import java.time.LocalDate;
import java.util.Map;

import forum.core.municipality.Country;

/**
 * One country's sanction rules from {@code validFrom}: Norway's penalty points (else null), Sweden's statutory
 * sanctions keyed by the decision outcome they are recorded as, with their legal ground (else empty), Denmark's own
 * practice: how many of the municipality's latest decisions to show (else 0).
 */
public record SanctionRuleSet(Country country, LocalDate validFrom, String source, PenaltyPoints penaltyPoints,
                              Map<String, String> statutorySanctions, int ownPracticeLatest) {

    public SanctionRuleSet {
        statutorySanctions = Map.copyOf(statutorySanctions);
    }
}
