package forum.core.meeting;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record ApproveMinutes(UUID tenantId, @TargetAggregateIdentifier UUID meetingId) implements TenantCommand {
}
