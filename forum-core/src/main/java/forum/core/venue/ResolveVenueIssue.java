package forum.core.venue;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

public record ResolveVenueIssue(UUID tenantId,
                                @TargetAggregateIdentifier UUID venueId,
                                UUID issueId,
                                @PersonalData String resolution) implements TenantCommand {
}
