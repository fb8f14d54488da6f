package forum.projections.venue;

import forum.core.venue.IssueCategory;

import java.time.Instant;
import java.util.UUID;

/**
 * Narrows the issues list: one venue, one category, observed at or after {@code observedFrom} and before
 * {@code observedTo}, only unresolved ones. Null parts do not restrict.
 */
public record IssueFilter(UUID venueId, IssueCategory category, Instant observedFrom, Instant observedTo,
                          boolean openOnly) {

    public static IssueFilter none() {
        return new IssueFilter(null, null, null, null, false);
    }

    public static IssueFilter venue(UUID venueId) {
        return new IssueFilter(venueId, null, null, null, false);
    }
}
