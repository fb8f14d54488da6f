package forum.projections.venue;

import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.Severity;

import java.time.Instant;
import java.util.UUID;

/** One issue of a venue; description and resolution are free text (personal data). */
public record VenueIssue(UUID issueId, UUID venueId, String venueName, IssueCategory category, Instant observedAt,
                         IssueSource source, Severity severity, String description, Instant registeredAt,
                         Instant resolvedAt, String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
