package forum.projections.operator;

import forum.projections.runtime.OperatorScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.uuid;

/**
 * The operator's reads across the municipalities (OperatorScope): the register and the networks. The caller decides
 * that the user is the operator.
 */
@Service
public class OperatorRegister {

    private static final String NETWORKS = """
            select n.network_id, n.name, n.country, n.created_at, m.tenant_id, o.name as member, m.joined_at, m.left_at
            from network n
            left join network_membership m on m.network_id = n.network_id
            left join operator_municipality o on o.tenant_id = m.tenant_id
            """;

    private final JdbcClient jdbc;
    private final OperatorScope scope;

    OperatorRegister(JdbcClient jdbc, OperatorScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Every municipality that signed up, by name. */
    @Transactional(readOnly = true)
    public List<RegisteredMunicipality> municipalities() {
        scope.enter();
        return jdbc.sql("""
                        select o.tenant_id, o.name, o.country, o.official_code, o.signed_up_at, l.last_event_at
                        from operator_municipality o left join event_ledger l on l.tenant_id = o.tenant_id
                        order by o.name, o.tenant_id
                        """)
                .query((row, n) -> new RegisteredMunicipality(uuid(row, "tenant_id"), row.getString("name"),
                        row.getString("country"), row.getString("official_code"), instant(row, "signed_up_at"),
                        instant(row, "last_event_at")))
                .list();
    }

    /** Every network by name, with its memberships. */
    @Transactional(readOnly = true)
    public List<OperatedNetwork> networks() {
        scope.enter();
        return networks(jdbc.sql(NETWORKS + " order by n.name, n.network_id, m.joined_at, o.name"));
    }

    @Transactional(readOnly = true)
    public Optional<OperatedNetwork> network(UUID networkId) {
        scope.enter();
        return networks(jdbc.sql(NETWORKS + " where n.network_id = :network order by m.joined_at, o.name")
                .param("network", networkId)).stream().findFirst();
    }

    private static List<OperatedNetwork> networks(JdbcClient.StatementSpec statement) {
        Map<UUID, OperatedNetwork> networks = new LinkedHashMap<>();
        statement.query((ResultSet row) -> {
            OperatedNetwork network = networks.computeIfAbsent(uuid(row, "network_id"), id -> read(row, id));
            UUID member = uuid(row, "tenant_id");
            if (member != null) {
                network.memberships().add(new NetworkMember(member, row.getString("member"),
                        instant(row, "joined_at"), instant(row, "left_at")));
            }
        });
        return networks.values().stream().map(network -> new OperatedNetwork(network.networkId(), network.name(),
                network.country(), network.createdAt(), List.copyOf(network.memberships()))).toList();
    }

    private static OperatedNetwork read(ResultSet row, UUID networkId) {
        try {
            return new OperatedNetwork(networkId, row.getString("name"), row.getString("country"),
                    instant(row, "created_at"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
