package forum.projections.sanction;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;

/** One of the municipality's decisions on a recommendation, with the categories of the issues it was about. */
public record PracticeDecision(UUID decisionId, UUID venueId, String venueName, DecisionOutcome outcome,
                               LocalDate from, LocalDate to, Set<IssueCategory> categories) {

    public PracticeDecision {
        categories = Set.copyOf(categories);
    }
}
