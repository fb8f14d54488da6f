package forum.projections.venue;

import forum.core.venue.DecisionOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A licensing decision in the venue's file; {@code recommendationId}, {@code to} and the reference may be null, and so
 * may the breach it answers (type and day committed; named only where penalty points apply).
 */
public record Decision(UUID decisionId, UUID recommendationId, DecisionOutcome outcome, LocalDate from, LocalDate to,
                       String authorityReference, Instant recordedAt, String breachType, LocalDate breachCommittedOn) {
}
