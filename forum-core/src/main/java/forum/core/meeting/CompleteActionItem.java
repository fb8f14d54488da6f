package forum.core.meeting;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record CompleteActionItem(UUID tenantId,
                                 @TargetAggregateIdentifier UUID meetingId,
                                 UUID actionItemId) implements TenantCommand {
}
