package forum.projections.venue;

import forum.core.venue.LicenceKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the venue register; {@code lastIssue}, {@code currentRecommendation} and {@code latestDecision} may be
 * null, and {@code closedOn} is null while the venue is open.
 */
public record VenueSummary(UUID venueId, String name, String address, String licenceNumber, LicenceKind licenceKind,
                           int openIssueCount, LastIssue lastIssue, CurrentRecommendation currentRecommendation,
                           LatestDecision latestDecision, LocalDate closedOn) {

    public boolean closed() {
        return closedOn != null;
    }
}
