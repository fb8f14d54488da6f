package forum.projections.venue;

import forum.core.venue.IssueCategory;

import java.time.Instant;
import java.util.UUID;

/** The venue's most recently observed issue. */
public record LastIssue(UUID issueId, IssueCategory category, Instant observedAt) {
}
