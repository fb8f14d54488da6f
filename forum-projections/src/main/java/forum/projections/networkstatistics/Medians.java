package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;

import java.util.Map;

/**
 * The median member municipality of a network in one quarter, figure by figure (a municipality without
 * expected members of a role has no rate and does not count for that role's median). With fewer than three
 * municipalities a median would give away a municipality's own figure (with two, each can work out the
 * other's): then {@code suppressed} is true and every figure null.
 */
public record Medians(int municipalities,
                      boolean suppressed,
                      Double meetingsHeld,
                      Map<MemberRole, Double> attendanceRateByRole,
                      Map<IssueCategory, Double> issuesByCategory,
                      Map<RecommendationKind, Double> recommendationsByKind,
                      Map<DecisionOutcome, Double> decisionsByOutcome,
                      Double venuesRegistered) {

    static final int FEWEST_MUNICIPALITIES = 3;
}
