package forum.core.venue;

import java.time.LocalDate;
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
                              String servingHours,
                              LocalDate licenceValidFrom,
                              LocalDate licenceValidTo) implements VenueEvent {

    /** A venue registered without its licence period (every one stored before the period could be given here). */
    public VenueRegistered(UUID tenantId, UUID venueId, String name, String address, String licenceNumber,
                           String licenceHolder, LicenceKind licenceKind, String servingHours) {
        this(tenantId, venueId, name, address, licenceNumber, licenceHolder, licenceKind, servingHours, null, null);
    }
}
