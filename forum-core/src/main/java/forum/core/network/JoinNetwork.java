package forum.core.network;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/** The municipality (tenant) joins on its coordinator's consent. */
public record JoinNetwork(UUID tenantId, @TargetAggregateIdentifier UUID networkId) implements TenantCommand {
}
