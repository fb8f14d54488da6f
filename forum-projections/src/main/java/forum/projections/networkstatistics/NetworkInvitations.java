package forum.projections.networkstatistics;

import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.projections.runtime.NetworkScope;
import forum.projections.runtime.TenantScope;

/** Invitations to networks, as the invited municipality and as the inviting network see them; latest first. */
@Service
public class NetworkInvitations {

    private static final String SELECT = """
            select i.network_id, n.name as network_name, i.tenant_id, s.name as municipality_name,
                   i.invited_at, i.state, i.settled_at
            from network_invitation i
            left join network n on n.network_id = i.network_id
            left join statistics_municipality s on s.tenant_id = i.tenant_id
            """;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final NetworkScope networkScope;

    NetworkInvitations(JdbcClient jdbc, TenantScope tenantScope, NetworkScope networkScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.networkScope = networkScope;
    }

    /** The invitations a municipality received, standing ones first. */
    @Transactional(readOnly = true)
    public List<NetworkInvitation> received(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql(SELECT + """
                        where i.tenant_id = :tenant
                        order by i.state <> 'STANDING', i.invited_at desc, i.network_id
                        """)
                .param("tenant", tenantId)
                .query((row, n) -> invitation(row))
                .list();
    }

    /** The invitations a network sent, standing ones first; empty when there is no such network. */
    @Transactional(readOnly = true)
    public Optional<List<NetworkInvitation>> sent(UUID networkId) {
        networkScope.enter(networkId);
        boolean known = jdbc.sql("select exists (select 1 from network where network_id = :network)")
                .param("network", networkId)
                .query(Boolean.class)
                .single();
        if (!known) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql(SELECT + """
                        where i.network_id = :network
                        order by i.state <> 'STANDING', i.invited_at desc, s.name
                        """)
                .param("network", networkId)
                .query((row, n) -> invitation(row))
                .list());
    }

    private static NetworkInvitation invitation(ResultSet row) throws SQLException {
        return new NetworkInvitation(uuid(row, "network_id"), row.getString("network_name"), uuid(row, "tenant_id"),
                row.getString("municipality_name"), instant(row, "invited_at"), row.getString("state"),
                instant(row, "settled_at"));
    }
}
