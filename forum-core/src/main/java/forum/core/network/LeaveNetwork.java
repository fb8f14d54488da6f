package forum.core.network;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record LeaveNetwork(UUID tenantId, @TargetAggregateIdentifier UUID networkId) implements TenantCommand {
}
