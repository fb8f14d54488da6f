package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

/**
 * The venue's details as they are now, all of them: what differs from the venue's current details becomes one
 * {@link VenueDetailsUpdated}; the same details again change nothing. The licence period is optional.
 */
public record UpdateVenueDetails(UUID tenantId,
                                 @TargetAggregateIdentifier UUID venueId,
                                 String name,
                                 String address,
                                 @PersonalData String licenceHolder,
                                 LicenceKind licenceKind,
                                 String servingHours,
                                 LocalDate licenceValidFrom,
                                 LocalDate licenceValidTo) implements TenantCommand {
}
