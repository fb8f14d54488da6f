package forum.core.venue;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

/** The forum withdrew its recommendation; it stays in the case history. */
@Revision("1")
public record LicenceRecommendationRevoked(UUID tenantId,
                                           UUID venueId,
                                           UUID recommendationId,
                                           @PersonalData(subject = "recommendation", of = "recommendationId") String reason) implements VenueEvent {
}
