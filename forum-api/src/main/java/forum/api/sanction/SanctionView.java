package forum.api.sanction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import forum.core.municipality.Country;
import forum.core.sanction.PointStanding;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.projections.sanction.PracticeDecision;
import forum.projections.venue.Decision;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The country's sanction rules in force on {@code on}, weighed for one venue (named as in the register). Only the part of the venue's country
 * is filled: {@code penaltyPoints} (Norway), {@code statutorySanctions} and {@code earlierSanctions} (Sweden),
 * {@code ownPractice} (Denmark). {@code ruleSource} and {@code ruleValidFrom} are null when no rule set is in force.
 */
public record SanctionView(UUID venueId, String venueName, Country country, LocalDate on, String ruleSource, LocalDate ruleValidFrom,
                           @Schema(nullable = true) PointStanding penaltyPoints,
                           List<StatutorySanction> statutorySanctions, List<Decision> earlierSanctions,
                           @Schema(nullable = true) OwnPractice ownPractice) {

    /** A sanction the law offers, as the decision records it, with its legal ground in the country's language. */
    public record StatutorySanction(DecisionOutcome outcome, String ground) {
    }

    /** The municipality's decisions on issues of the same categories: counts by outcome and the latest few. */
    public record OwnPractice(Set<IssueCategory> categories, Map<DecisionOutcome, Long> outcomeCounts,
                              List<PracticeDecision> latest) {
    }
}
