package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;

import java.util.Map;

/**
 * One municipality's (or the network's total) figures for one quarter: meetings held, attendance rate by role,
 * issues by category (when observed), recommendations by kind (when issued), decisions by outcome (when
 * recorded) and venues registered. Every role, category, kind and outcome is present, zeros included.
 */
public record Figures(Cell meetingsHeld,
                      Map<MemberRole, AttendanceRate> attendanceRateByRole,
                      Map<IssueCategory, Cell> issuesByCategory,
                      Map<RecommendationKind, Cell> recommendationsByKind,
                      Map<DecisionOutcome, Cell> decisionsByOutcome,
                      Cell venuesRegistered) {
}
