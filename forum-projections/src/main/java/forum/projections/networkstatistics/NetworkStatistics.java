package forum.projections.networkstatistics;

import forum.projections.runtime.NetworkScope;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/**
 * The network statistics. Counts of a quarter belong to the municipalities that were members of the network
 * at any time in that quarter; only aggregated figures leave this service, never a venue, a person or free
 * text. The caller decides which network a user may see (a network coordinator: their own network) and
 * which tenant a user acts for.
 */
@Service
public class NetworkStatistics {

    private final JdbcClient jdbc;
    private final NetworkScope networkScope;
    private final TenantScope tenantScope;
    private final StatisticsReader reader;

    NetworkStatistics(JdbcClient jdbc, NetworkScope networkScope, TenantScope tenantScope, StatisticsReader reader) {
        this.jdbc = jdbc;
        this.networkScope = networkScope;
        this.tenantScope = tenantScope;
        this.reader = reader;
    }

    /** The network coordinator's dashboard of one quarter; empty when there is no such network. */
    @Transactional(readOnly = true)
    public Optional<NetworkDashboard> dashboard(UUID networkId, Quarter quarter) {
        networkScope.enter(networkId);
        return networkName(networkId).map(name -> {
            List<MunicipalityCounts> members = reader.read(networkId, quarter);
            return new NetworkDashboard(networkId, name, quarter.toString(),
                    members.stream()
                            .map(m -> new MunicipalityFigures(m.municipalityKey, m.name, m.figures(true)))
                            .toList(),
                    MunicipalityCounts.networkTotals(members),
                    MunicipalityCounts.medians(members));
        });
    }

    /**
     * The network's totals of {@code quarters} quarters up to and including {@code last}, oldest first; empty when
     * there is no such network. One read of every table for all the quarters, in one transaction.
     */
    @Transactional(readOnly = true)
    public Optional<List<QuarterTotals>> trend(UUID networkId, Quarter last, int quarters) {
        networkScope.enter(networkId);
        if (networkName(networkId).isEmpty()) {
            return Optional.empty();
        }
        Quarter first = last;
        for (int i = 1; i < quarters; i++) {
            first = first.previous();
        }
        List<QuarterTotals> trend = new ArrayList<>();
        reader.read(networkId, first, last).forEach((quarter, members) ->
                trend.add(MunicipalityCounts.quarterTotals(quarter, members)));
        return Optional.of(trend);
    }

    /**
     * A municipality's own figures of one quarter beside the network's medians; empty unless the municipality
     * was a member of the network at some time in that quarter.
     */
    @Transactional(readOnly = true)
    public Optional<MunicipalityComparison> compare(UUID tenantId, UUID networkId, Quarter quarter) {
        tenantScope.enter(tenantId);
        boolean member = jdbc.sql("""
                        select count(*) > 0 from network_membership
                        where tenant_id = :tenant and network_id = :network
                          and joined_at < :end and (left_at is null or left_at > :start)
                        """)
                .param("tenant", tenantId)
                .param("network", networkId)
                .param("start", timestamp(quarter.start()))
                .param("end", timestamp(quarter.end()))
                .query(Boolean.class)
                .single();
        if (!member) {
            return Optional.empty();
        }
        networkScope.enter(networkId);
        List<MunicipalityCounts> members = reader.read(networkId, quarter);
        return members.stream()
                .filter(m -> tenantId.equals(m.tenantId))
                .findFirst()
                .flatMap(own -> networkName(networkId).map(name -> new MunicipalityComparison(networkId, name,
                        quarter.toString(), own.municipalityKey, own.name, own.figures(false),
                        MunicipalityCounts.medians(members))));
    }

    /** The networks a municipality belongs or belonged to, each period of membership once, latest first. */
    @Transactional(readOnly = true)
    public List<NetworkMembership> memberships(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select m.network_id, n.name, m.joined_at, m.left_at from network_membership m
                        left join network n on n.network_id = m.network_id
                        where m.tenant_id = :tenant
                        order by m.joined_at desc, m.network_id
                        """)
                .param("tenant", tenantId)
                .query((row, n) -> new NetworkMembership(uuid(row, "network_id"), row.getString("name"),
                        instant(row, "joined_at"), instant(row, "left_at")))
                .list();
    }

    /** A network's members, current ones first, then those who left, latest first: names and keys only. */
    @Transactional(readOnly = true)
    public List<NetworkMember> members(UUID networkId) {
        networkScope.enter(networkId);
        return jdbc.sql("""
                        select s.municipality_key, s.name, m.joined_at, m.left_at from network_membership m
                        left join statistics_municipality s on s.tenant_id = m.tenant_id
                        where m.network_id = :network
                        order by m.left_at is not null, coalesce(m.left_at, m.joined_at) desc, s.name
                        """)
                .param("network", networkId)
                .query((row, n) -> new NetworkMember(row.getString("municipality_key"), row.getString("name"),
                        instant(row, "joined_at"), instant(row, "left_at")))
                .list();
    }

    /** The network's name; empty when there is no such network. */
    @Transactional(readOnly = true)
    public Optional<String> name(UUID networkId) {
        return networkName(networkId);
    }

    private Optional<String> networkName(UUID networkId) {
        return jdbc.sql("select name from network where network_id = :network")
                .param("network", networkId)
                .query(String.class)
                .optional();
    }
}
