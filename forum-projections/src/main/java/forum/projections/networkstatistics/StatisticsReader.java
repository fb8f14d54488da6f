package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/**
 * Reads one quarter's raw counts of the municipalities that were members of a network at any time in the
 * quarter. Runs inside the caller's transaction, with the network (and perhaps the tenant) already in scope.
 */
@Component
class StatisticsReader {

    /** Members at any time in [start, end): joined before the end and not left before the start. */
    private static final String MEMBERS = """
            with members as (
                select distinct tenant_id from network_membership
                where network_id = :network and joined_at < :end and (left_at is null or left_at > :start))
            """;

    private static final String HELD = """
            not s.cancelled and (s.attendance_recorded or s.minutes_recorded)
            and s.starts_at >= :start and s.starts_at < :end""";

    private final JdbcClient jdbc;

    StatisticsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MunicipalityCounts> read(UUID networkId, Quarter quarter) {
        Map<UUID, MunicipalityCounts> byTenant = new LinkedHashMap<>();
        query(networkId, quarter, """
                select m.tenant_id, s.municipality_key, s.name from members m
                left join statistics_municipality s on s.tenant_id = m.tenant_id
                """, row -> byTenant.put(row.tenant(), new MunicipalityCounts(row.tenant(), row.text(1), row.text(2))));
        if (byTenant.isEmpty()) {
            return List.of();
        }
        query(networkId, quarter, """
                select s.tenant_id, count(*) from statistics_meeting s join members m on m.tenant_id = s.tenant_id
                where %s group by s.tenant_id
                """.formatted(HELD), row -> byTenant.get(row.tenant()).meetingsHeld = row.number(1));
        query(networkId, quarter, """
                select a.tenant_id, a.role, sum(a.present), sum(a.present + a.absent)
                from statistics_attendance a
                join statistics_meeting s on s.tenant_id = a.tenant_id and s.meeting_id = a.meeting_id
                join members m on m.tenant_id = a.tenant_id
                where %s group by a.tenant_id, a.role
                """.formatted(HELD), row -> {
            MunicipalityCounts counts = byTenant.get(row.tenant());
            MemberRole role = MemberRole.valueOf(row.text(1));
            counts.present.put(role, row.number(2));
            counts.expected.put(role, row.number(3));
        });
        query(networkId, quarter, """
                select s.tenant_id, s.category, count(*) from statistics_issue s join members m on m.tenant_id = s.tenant_id
                where s.observed_at >= :start and s.observed_at < :end group by s.tenant_id, s.category
                """, row -> byTenant.get(row.tenant()).issues.put(IssueCategory.valueOf(row.text(1)), row.number(2)));
        query(networkId, quarter, """
                select s.tenant_id, s.kind, count(*) from statistics_recommendation s
                join members m on m.tenant_id = s.tenant_id
                where s.issued_at >= :start and s.issued_at < :end group by s.tenant_id, s.kind
                """, row -> byTenant.get(row.tenant()).recommendations
                .put(RecommendationKind.valueOf(row.text(1)), row.number(2)));
        query(networkId, quarter, """
                select s.tenant_id, s.outcome, count(*) from statistics_decision s join members m on m.tenant_id = s.tenant_id
                where s.recorded_at >= :start and s.recorded_at < :end group by s.tenant_id, s.outcome
                """, row -> byTenant.get(row.tenant()).decisions.put(DecisionOutcome.valueOf(row.text(1)), row.number(2)));
        query(networkId, quarter, """
                select s.tenant_id, count(*) from statistics_venue s join members m on m.tenant_id = s.tenant_id
                where s.registered_at >= :start and s.registered_at < :end group by s.tenant_id
                """, row -> byTenant.get(row.tenant()).venuesRegistered = row.number(1));
        return byTenant.values().stream().sorted(MunicipalityCounts.BY_NAME).toList();
    }

    private void query(UUID networkId, Quarter quarter, String select, Consumer<Row> each) {
        jdbc.sql(MEMBERS + select)
                .param("network", networkId)
                .param("start", timestamp(quarter.start()))
                .param("end", timestamp(quarter.end()))
                .query((row, n) -> new Row(uuid(row, "tenant_id"), values(row)))
                .list()
                .forEach(each);
    }

    private static Object[] values(ResultSet row) throws SQLException {
        Object[] values = new Object[row.getMetaData().getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getObject(i + 1);
        }
        return values;
    }

    /** One result row: the tenant in column 0, then codes and counts. */
    private record Row(UUID tenant, Object[] values) {

        String text(int column) {
            return (String) values[column];
        }

        long number(int column) {
            return ((Number) values[column]).longValue();
        }
    }
}
