package forum.core.network;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/** The invited municipality's coordinator declines. The command's tenant is the invited municipality's. */
public record DeclineNetworkInvitation(UUID tenantId, @TargetAggregateIdentifier UUID networkId) implements TenantCommand {
}
