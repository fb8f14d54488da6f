package forum.projections.venue;

import java.time.Instant;
import java.util.List;

/**
 * One venue's page: its register line, the licence holder (may be a person: personal data), and every
 * recommendation and decision, oldest first.
 */
public record VenueFile(VenueSummary summary, String licenceHolder, String servingHours, Instant registeredAt,
                        List<Recommendation> recommendations, List<Decision> decisions) {

    public VenueFile {
        recommendations = List.copyOf(recommendations);
        decisions = List.copyOf(decisions);
    }
}
