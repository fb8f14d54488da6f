package forum.core.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import forum.core.municipality.MunicipalityDirectory;
import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;

/** Cross-tenant by design, so no tenant interceptor: every member tenant acts on the same network. */
public class Network {

    @AggregateIdentifier
    private UUID networkId;
    private final Set<UUID> memberTenants = new HashSet<>();
    private final Set<UUID> invitedTenants = new HashSet<>();

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    protected Network() {
    }

    @CommandHandler
    public Network(CreateNetwork command) {
        Require.present(command.networkId(), "networkId");
        Require.text(command.name(), "name", Require.NAME);
        Require.present(command.country(), "country");
        apply(new NetworkCreated(command.networkId(), command.name(), command.country()));
    }

    @CommandHandler
    public void handle(InviteMunicipalityToNetwork command, MunicipalityDirectory municipalities) {
        Require.present(command.tenantId(), "tenantId");
        if (!municipalities.exists(command.tenantId())) {
            throw DomainRuleViolation.notFound("network.unknown-municipality", "tenantId", "No such municipality");
        }
        if (memberTenants.contains(command.tenantId())) {
            throw DomainRuleViolation.conflict("network.already-member", "tenantId", "The municipality is already a member");
        }
        if (invitedTenants.contains(command.tenantId())) {
            throw DomainRuleViolation.conflict("network.already-invited", "tenantId", "The municipality is invited already");
        }
        apply(new MunicipalityInvitedToNetwork(networkId, command.tenantId()));
    }

    @CommandHandler
    public void handle(WithdrawNetworkInvitation command) {
        requireInvited(command.tenantId());
        apply(new NetworkInvitationWithdrawn(networkId, command.tenantId()));
    }

    @CommandHandler
    public void handle(DeclineNetworkInvitation command) {
        requireInvited(command.tenantId());
        apply(new NetworkInvitationDeclined(networkId, command.tenantId()));
    }

    /** A municipality joins on its coordinator's consent to a standing invitation: a network chooses its members. */
    @CommandHandler
    public void handle(JoinNetwork command) {
        Require.present(command.tenantId(), "tenantId");
        if (memberTenants.contains(command.tenantId())) {
            throw new DomainRuleViolation("network.already-member", "The municipality is already a member");
        }
        requireInvited(command.tenantId());
        apply(new MunicipalityJoinedNetwork(networkId, command.tenantId()));
    }

    @CommandHandler
    public void handle(LeaveNetwork command) {
        if (!memberTenants.contains(command.tenantId())) {
            throw new DomainRuleViolation("network.not-a-member", "The municipality is not a member");
        }
        apply(new MunicipalityLeftNetwork(networkId, command.tenantId()));
    }

    private void requireInvited(UUID tenantId) {
        if (!invitedTenants.contains(tenantId)) {
            throw new DomainRuleViolation("network.not-invited", "The municipality has no standing invitation");
        }
    }

    @EventSourcingHandler
    void on(NetworkCreated event) {
        networkId = event.networkId();
    }

    @EventSourcingHandler
    void on(MunicipalityInvitedToNetwork event) {
        invitedTenants.add(event.tenantId());
    }

    @EventSourcingHandler
    void on(NetworkInvitationWithdrawn event) {
        invitedTenants.remove(event.tenantId());
    }

    @EventSourcingHandler
    void on(NetworkInvitationDeclined event) {
        invitedTenants.remove(event.tenantId());
    }

    @EventSourcingHandler
    void on(MunicipalityJoinedNetwork event) {
        invitedTenants.remove(event.tenantId());
        memberTenants.add(event.tenantId());
    }

    @EventSourcingHandler
    void on(MunicipalityLeftNetwork event) {
        memberTenants.remove(event.tenantId());
    }
}
