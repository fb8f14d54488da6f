package forum.projections.venue;

import forum.core.venue.DecisionOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The licensing authority's latest recorded decision; {@code to} may be null (open-ended). */
public record LatestDecision(UUID decisionId, DecisionOutcome outcome, LocalDate from, LocalDate to,
                             Instant recordedAt) {
}
