package forum.api.sanction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.web.SignedInMunicipality;
import forum.core.municipality.Country;
import forum.core.sanction.PointStandings;
import forum.core.sanction.SanctionRuleBook;
import forum.core.sanction.SanctionRuleSet;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.projections.sanction.PracticeDecision;
import forum.projections.sanction.SanctionHistory;
import forum.projections.venue.Decision;
import forum.projections.venue.VenueFile;
import forum.projections.venue.VenueRegister;

/**
 * Weighs one venue against its country's rules in force today (in the municipality's zone); the API and the pages
 * read the same. Another municipality's venue, or a recommendation not of this venue, reads as not found.
 */
@Component
public class SanctionViews {

    private final SanctionRuleBook rules;
    private final PointStandings standings;
    private final VenueRegister register;
    private final SanctionHistory history;
    private final SignedInMunicipality municipality;

    SanctionViews(SanctionRuleBook rules, PointStandings standings, VenueRegister register, SanctionHistory history,
                  SignedInMunicipality municipality) {
        this.rules = rules;
        this.standings = standings;
        this.register = register;
        this.history = history;
        this.municipality = municipality;
    }

    /** The breach types a decision may name today in the signed-in municipality's country; none where no points apply. */
    public List<String> breachTypes() {
        return municipality.country()
                .flatMap(country -> rules.inForce(country, LocalDate.now(municipality.zone())))
                .filter(set -> set.penaltyPoints() != null)
                .map(set -> List.copyOf(set.penaltyPoints().breachPoints().keySet()))
                .orElse(List.of());
    }

    public SanctionView of(ForumUser user, UUID venueId, UUID recommendationId) {
        UUID tenantId = Tenants.of(user);
        VenueFile file = register.venue(tenantId, venueId).orElseThrow(QueryProblems::notFound);
        if (recommendationId != null && file.recommendations().stream()
                .noneMatch(recommendation -> recommendation.recommendationId().equals(recommendationId))) {
            throw QueryProblems.notFound();
        }
        Country country = municipality.country().orElseThrow(QueryProblems::notFound);
        LocalDate today = LocalDate.now(municipality.zone());
        SanctionRuleSet set = rules.inForce(country, today).orElse(null);
        if (set == null) {
            return new SanctionView(venueId, file.summary().name(), country, today, null, null, null, List.of(),
                    List.of(), null);
        }
        return new SanctionView(venueId, file.summary().name(), country, today, set.source(), set.validFrom(),
                set.penaltyPoints() == null ? null
                        : standings.on(today, history.breaches(tenantId, venueId)).orElse(null),
                statutory(set), set.statutorySanctions().isEmpty() ? List.of() : earlierSanctions(set, file),
                set.ownPracticeLatest() == 0 ? null : ownPractice(set, tenantId, venueId, recommendationId));
    }

    private static List<SanctionView.StatutorySanction> statutory(SanctionRuleSet set) {
        return set.statutorySanctions().entrySet().stream()
                .map(sanction -> new SanctionView.StatutorySanction(DecisionOutcome.valueOf(sanction.getKey()),
                        sanction.getValue()))
                .sorted((a, b) -> a.outcome().compareTo(b.outcome()))
                .toList();
    }

    /** Latest first. */
    private static List<Decision> earlierSanctions(SanctionRuleSet set, VenueFile file) {
        List<Decision> sanctions = new ArrayList<>(file.decisions().stream()
                .filter(decision -> set.statutorySanctions().containsKey(decision.outcome().name()))
                .toList());
        Collections.reverse(sanctions);
        return sanctions;
    }

    private SanctionView.OwnPractice ownPractice(SanctionRuleSet set, UUID tenantId, UUID venueId,
                                                 UUID recommendationId) {
        Set<IssueCategory> categories = history.categories(tenantId, venueId, recommendationId);
        List<PracticeDecision> practice = history.practice(tenantId, categories, recommendationId);
        Map<DecisionOutcome, Long> counts = new EnumMap<>(DecisionOutcome.class);
        practice.forEach(decision -> counts.merge(decision.outcome(), 1L, Long::sum));
        return new SanctionView.OwnPractice(categories, counts,
                practice.subList(0, Math.min(set.ownPracticeLatest(), practice.size())));
    }
}
