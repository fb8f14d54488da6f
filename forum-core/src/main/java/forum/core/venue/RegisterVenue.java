package forum.core.venue;

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
                            String servingHours) implements TenantCommand {
}
