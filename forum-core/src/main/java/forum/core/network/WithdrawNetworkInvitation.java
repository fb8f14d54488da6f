package forum.core.network;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/** The operator or the network's coordinator withdraws a standing invitation. The command's tenant is the invited municipality's. */
public record WithdrawNetworkInvitation(UUID tenantId, @TargetAggregateIdentifier UUID networkId) implements TenantCommand {
}
