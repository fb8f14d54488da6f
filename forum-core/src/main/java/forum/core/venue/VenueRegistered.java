package forum.core.venue;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

@Revision("1")
public record VenueRegistered(UUID tenantId,
                              UUID venueId,
                              String name,
                              String address,
                              String licenceNumber,
                              @PersonalData(subject = "licence-holder", of = "venueId") String licenceHolder,
                              LicenceKind licenceKind,
                              String servingHours) implements VenueEvent {
}
