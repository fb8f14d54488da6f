package forum.projections.networkstatistics;

import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.MunicipalityLeftNetwork;
import forum.core.network.NetworkCreated;
import forum.core.network.NetworkEvent;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;

import static forum.projections.runtime.Rows.timestamp;

/** Networks and the periods of their members' membership, from the time of the network's events. */
@Component
class NetworkMembershipProjection implements Projection {

    private final ReadModelWrites writes;

    NetworkMembershipProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "network-statistics-membership";
    }

    @Override
    public List<String> tables() {
        return List.of("network", "network_membership");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return NetworkEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof NetworkCreated created) {
            writes.sql("""
                            insert into network (network_id, name, country, created_at) values (:network, :name, :country, :at)
                            on conflict (network_id) do nothing
                            """)
                    .param("network", created.networkId())
                    .param("name", created.name())
                    .param("country", created.country().name())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof MunicipalityJoinedNetwork joined) {
            writes.sql("""
                            insert into network_membership (network_id, tenant_id, joined_at) values (:network, :tenant, :at)
                            on conflict (network_id, tenant_id, joined_at) do nothing
                            """)
                    .param("network", joined.networkId())
                    .param("tenant", joined.tenantId())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof MunicipalityLeftNetwork left) {
            writes.sql("""
                            update network_membership set left_at = :at
                            where network_id = :network and tenant_id = :tenant and left_at is null
                            """)
                    .param("at", timestamp(record.time()))
                    .param("network", left.networkId())
                    .param("tenant", left.tenantId())
                    .queue();
        } else {
            throw unhandled(event);
        }
    }
}
