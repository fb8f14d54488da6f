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
                              @PersonalData String licenceHolder,
                              LicenceKind licenceKind,
                              String servingHours) implements VenueEvent {
}
