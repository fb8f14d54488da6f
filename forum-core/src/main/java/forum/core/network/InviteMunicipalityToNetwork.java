package forum.core.network;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/** The operator or the network's coordinator invites a municipality; it joins only on its own coordinator's consent. The command's tenant is the invited municipality's. */
public record InviteMunicipalityToNetwork(UUID tenantId, @TargetAggregateIdentifier UUID networkId) implements TenantCommand {
}
