package forum.projections.casetimeline;

import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event of a venue's case. {@code actor} is the acting user's id; {@code summary} is built from codes
 * only. {@code subjectId} is the issue, recommendation or decision the event is about. Fields that do not
 * apply to the kind of event are null; {@code freeText} is null unless asked for.
 */
public record TimelineEntry(long sequence, String eventId, TimelineEntryKind kind, Instant occurredAt, String actor,
                            String correlationId, String summary, UUID subjectId, IssueCategory category,
                            Severity severity, RecommendationKind recommendationKind, DecisionOutcome decisionOutcome,
                            Instant observedAt, LocalDate effectiveFrom, LocalDate effectiveTo, FreeText freeText) {
}
