package forum.projections.networkstatistics;

import forum.core.network.MembershipEvent;
import forum.core.network.MunicipalityInvitedToNetwork;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.NetworkInvitationDeclined;
import forum.core.network.NetworkInvitationWithdrawn;
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
        return List.of("network", "network_membership", "network_invitation");
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
        } else if (event instanceof MunicipalityInvitedToNetwork invited) {
            writes.sql("""
                            insert into network_invitation (network_id, tenant_id, invited_at, state)
                            values (:network, :tenant, :at, 'STANDING')
                            on conflict (network_id, tenant_id)
                            do update set invited_at = excluded.invited_at, state = 'STANDING', settled_at = null
                            """)
                    .param("network", invited.networkId())
                    .param("tenant", invited.tenantId())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof NetworkInvitationWithdrawn withdrawn) {
            settle(withdrawn, "WITHDRAWN", record);
        } else if (event instanceof NetworkInvitationDeclined declined) {
            settle(declined, "DECLINED", record);
        } else if (event instanceof MunicipalityJoinedNetwork joined) {
            settle(joined, "ACCEPTED", record);
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

    private void settle(MembershipEvent event, String state, DomainEventRecord record) {
        writes.sql("""
                        update network_invitation set state = :state, settled_at = :at
                        where network_id = :network and tenant_id = :tenant and state = 'STANDING'
                        """)
                .param("state", state)
                .param("at", timestamp(record.time()))
                .param("network", event.networkId())
                .param("tenant", event.tenantId())
                .queue();
    }
}
