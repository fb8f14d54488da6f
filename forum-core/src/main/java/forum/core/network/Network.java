package forum.core.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;

/** Cross-tenant by design, so no tenant interceptor: every member tenant acts on the same network. */
public class Network {

    @AggregateIdentifier
    private UUID networkId;
    private final Set<UUID> memberTenants = new HashSet<>();

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
    public void handle(JoinNetwork command) {
        Require.present(command.tenantId(), "tenantId");
        if (memberTenants.contains(command.tenantId())) {
            throw new DomainRuleViolation("network.already-member", "The municipality is already a member");
        }
        apply(new MunicipalityJoinedNetwork(networkId, command.tenantId()));
    }

    @CommandHandler
    public void handle(LeaveNetwork command) {
        if (!memberTenants.contains(command.tenantId())) {
            throw new DomainRuleViolation("network.not-a-member", "The municipality is not a member");
        }
        apply(new MunicipalityLeftNetwork(networkId, command.tenantId()));
    }

    @EventSourcingHandler
    void on(NetworkCreated event) {
        networkId = event.networkId();
    }

    @EventSourcingHandler
    void on(MunicipalityJoinedNetwork event) {
        memberTenants.add(event.tenantId());
    }

    @EventSourcingHandler
    void on(MunicipalityLeftNetwork event) {
        memberTenants.remove(event.tenantId());
    }
}
