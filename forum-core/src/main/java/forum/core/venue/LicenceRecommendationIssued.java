package forum.core.venue;

import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

/** {@code meetingId} may be null. */
@Revision("1")
public record LicenceRecommendationIssued(UUID tenantId,
                                          UUID venueId,
                                          UUID recommendationId,
                                          RecommendationKind kind,
                                          @PersonalData(subject = "recommendation", of = "recommendationId") String rationale,
                                          Set<UUID> issueIds,
                                          UUID meetingId) implements VenueEvent {
}
