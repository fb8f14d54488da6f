package forum.core.sanction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import forum.core.municipality.Country;

/** Every country's rule sets over time; the one in force on a day is the latest that applies from that day or before. */
public final class SanctionRuleBook {

    private static final class Standard {
        static final SanctionRuleBook BOOK = RuleSetFiles.load(SanctionRuleBook.class.getClassLoader(), "sanction");
    }

    private final List<SanctionRuleSet> ruleSets;

    public SanctionRuleBook(List<SanctionRuleSet> ruleSets) {
        List<SanctionRuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(SanctionRuleSet::country).thenComparing(SanctionRuleSet::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            SanctionRuleSet before = sorted.get(i - 1);
            SanctionRuleSet set = sorted.get(i);
            if (before.country() == set.country() && before.validFrom().equals(set.validFrom())) {
                throw new IllegalStateException("Two rule sets of " + set.country() + " from " + set.validFrom());
            }
        }
        this.ruleSets = List.copyOf(sorted);
    }

    /** The rule sets shipped with Forum (class path {@code sanction/}), read and checked once. */
    public static SanctionRuleBook standard() {
        return Standard.BOOK;
    }

    public List<SanctionRuleSet> ruleSets() {
        return ruleSets;
    }

    public Optional<SanctionRuleSet> inForce(Country country, LocalDate on) {
        return ruleSets.stream()
                .filter(set -> set.country() == country && !set.validFrom().isAfter(on))
                .reduce((earlier, later) -> later);
    }

    /** Whether a penalty-point rule set in force on {@code committedOn} knows the breach type. */
    public boolean knowsBreachType(String breachType, LocalDate committedOn) {
        return ruleSets.stream().map(set -> set.country())
                .distinct()
                .flatMap(country -> inForce(country, committedOn).stream())
                .anyMatch(set -> set.penaltyPoints() != null && set.penaltyPoints().knows(breachType));
    }
}
