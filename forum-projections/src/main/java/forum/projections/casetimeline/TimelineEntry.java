package forum.projections.casetimeline;

import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueClosureReason;
import forum.core.venue.VenueDetail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One event of a venue's case. {@code actor} is the acting user's id; {@code summary} is built from codes
 * only. {@code subjectId} is the issue, recommendation or decision the event is about. Fields that do not
 * apply to the kind of event are null; {@code freeText} is null unless asked for. A change of details names what
 * changed in {@code detailsChanged} (and the licence period in the effective dates); a closing its reason and, in
 * {@code effectiveFrom}, its date.
 */
public record TimelineEntry(long sequence, String eventId, TimelineEntryKind kind, Instant occurredAt, String actor,
                            String correlationId, String summary, UUID subjectId, IssueCategory category,
                            Severity severity, RecommendationKind recommendationKind, DecisionOutcome decisionOutcome,
                            Instant observedAt, LocalDate effectiveFrom, LocalDate effectiveTo, FreeText freeText,
                            List<VenueDetail> detailsChanged, VenueClosureReason closureReason) {

    public TimelineEntry {
        detailsChanged = detailsChanged == null ? List.of() : List.copyOf(detailsChanged);
    }
}
