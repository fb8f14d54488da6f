package forum.projections.venue;

import forum.core.venue.VenueClosureReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One venue's page: its register line, the licence holder (may be a person: personal data), and every
 * recommendation and decision, oldest first. The licence period is optional; a closed venue has a closure reason.
 */
public record VenueFile(VenueSummary summary, String licenceHolder, String servingHours, Instant registeredAt,
                        List<Recommendation> recommendations, List<Decision> decisions,
                        LocalDate licenceValidFrom, LocalDate licenceValidTo, VenueClosureReason closureReason) {

    public VenueFile {
        recommendations = List.copyOf(recommendations);
        decisions = List.copyOf(decisions);
    }
}
