package forum.core.sanction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import forum.core.municipality.Country;

/**
 * Sums a venue's penalty points on a day. Each breach is weighed by the rule set in force on the day it was
 * committed (a later change of the table does not re-weigh it); the sum's consequence and the prospects follow the
 * rule set in force on the day asked about.
 */
public final class PointStandings {

    private final SanctionRuleBook rules;

    public PointStandings(SanctionRuleBook rules) {
        this.rules = rules;
    }

    /** Empty when no penalty-point rule set is in force in Norway on {@code on}. */
    public Optional<PointStanding> on(LocalDate on, List<RecordedBreach> recorded) {
        Optional<PenaltyPoints> current = rules.inForce(Country.NO, on).map(SanctionRuleSet::penaltyPoints);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<PointStanding.CountedBreach> counted = new ArrayList<>();
        for (RecordedBreach breach : recorded) {
            rules.inForce(Country.NO, breach.committedOn()).map(SanctionRuleSet::penaltyPoints)
                    .filter(set -> set.knows(breach.breachType()) && set.counts(breach.committedOn(), on))
                    .ifPresent(set -> counted.add(new PointStanding.CountedBreach(breach,
                            set.pointsFor(breach.breachType()), set.fallsOutOn(breach.committedOn()))));
        }
        counted.sort(Comparator.comparing(c -> c.breach().committedOn()));
        int points = counted.stream().mapToInt(PointStanding.CountedBreach::points).sum();
        PenaltyPoints table = current.get();
        List<PointStanding.Prospect> prospects = table.breachPoints().entrySet().stream()
                .map(type -> new PointStanding.Prospect(type.getKey(), type.getValue(), points + type.getValue(),
                        table.withdrawalDaysFor(points + type.getValue())))
                .toList();
        return Optional.of(new PointStanding(on, points, table.withdrawalDaysFor(points), counted, prospects));
    }
}
