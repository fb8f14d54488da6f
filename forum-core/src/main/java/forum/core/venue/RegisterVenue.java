package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

public record RegisterVenue(UUID tenantId,
                            @TargetAggregateIdentifier UUID venueId,
                            String name,
                            String address,
                            String licenceNumber,
                            @PersonalData String licenceHolder,
                            LicenceKind licenceKind,
                            String servingHours,
                            LocalDate licenceValidFrom,
                            LocalDate licenceValidTo) implements TenantCommand {

    /** A venue whose licence period is not known yet (set later by UpdateVenueDetails). */
    public RegisterVenue(UUID tenantId, UUID venueId, String name, String address, String licenceNumber,
                         String licenceHolder, LicenceKind licenceKind, String servingHours) {
        this(tenantId, venueId, name, address, licenceNumber, licenceHolder, licenceKind, servingHours, null, null);
    }
}
