package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record CloseVenue(UUID tenantId,
                         @TargetAggregateIdentifier UUID venueId,
                         LocalDate closedOn,
                         VenueClosureReason reason) implements TenantCommand {
}
