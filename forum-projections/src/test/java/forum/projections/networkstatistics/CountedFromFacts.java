package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/**
 * The members' counts of each quarter counted from the facts themselves, as the statistics were read before they were
 * kept per quarter: what the counts kept per quarter (statistics_quarter) must equal. Runs in the caller's
 * transaction with the network in scope; the members are the reader's, given.
 */
final class CountedFromFacts {

    private static final String HELD = """
            not s.cancelled and (s.attendance_recorded or s.minutes_recorded)
            and s.starts_at >= :start and s.starts_at < :end""";

    private final JdbcClient jdbc;

    CountedFromFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fresh counts for the same members of each quarter, counted from the facts. */
    Map<Quarter, List<MunicipalityCounts>> count(Map<Quarter, List<MunicipalityCounts>> members) {
        Map<Quarter, List<MunicipalityCounts>> counted = new LinkedHashMap<>();
        members.forEach((quarter, read) -> {
            Map<UUID, MunicipalityCounts> fresh = new LinkedHashMap<>();
            read.forEach(m -> fresh.put(m.tenantId, new MunicipalityCounts(m.tenantId, m.municipalityKey, m.name)));
            if (!fresh.isEmpty()) {
                count(quarter, fresh);
            }
            counted.put(quarter, List.copyOf(fresh.values()));
        });
        return counted;
    }

    private void count(Quarter quarter, Map<UUID, MunicipalityCounts> members) {
        query(quarter, members, """
                select s.tenant_id, count(*) from statistics_meeting s where s.tenant_id in (:tenants) and %s
                group by 1
                """.formatted(HELD), (counts, row) -> counts.meetingsHeld = ((Number) row[1]).longValue());
        query(quarter, members, """
                select a.tenant_id, a.role, sum(a.present), sum(a.present + a.absent) from statistics_attendance a
                join statistics_meeting s on s.tenant_id = a.tenant_id and s.meeting_id = a.meeting_id
                where a.tenant_id in (:tenants) and %s group by 1, 2
                """.formatted(HELD), (counts, row) -> {
            MemberRole role = MemberRole.valueOf((String) row[1]);
            counts.present.put(role, ((Number) row[2]).longValue());
            counts.expected.put(role, ((Number) row[3]).longValue());
        });
        query(quarter, members, """
                select tenant_id, category, count(*) from statistics_issue where tenant_id in (:tenants)
                and observed_at >= :start and observed_at < :end group by 1, 2
                """, (counts, row) -> counts.issues.put(IssueCategory.valueOf((String) row[1]),
                ((Number) row[2]).longValue()));
        query(quarter, members, """
                select tenant_id, kind, count(*) from statistics_recommendation where tenant_id in (:tenants)
                and issued_at >= :start and issued_at < :end group by 1, 2
                """, (counts, row) -> counts.recommendations.put(RecommendationKind.valueOf((String) row[1]),
                ((Number) row[2]).longValue()));
        query(quarter, members, """
                select tenant_id, outcome, count(*) from statistics_decision where tenant_id in (:tenants)
                and recorded_at >= :start and recorded_at < :end group by 1, 2
                """, (counts, row) -> counts.decisions.put(DecisionOutcome.valueOf((String) row[1]),
                ((Number) row[2]).longValue()));
        query(quarter, members, """
                select tenant_id, count(*) from statistics_venue where tenant_id in (:tenants)
                and registered_at >= :start and registered_at < :end group by 1
                """, (counts, row) -> counts.venuesRegistered = ((Number) row[1]).longValue());
    }

    private void query(Quarter quarter, Map<UUID, MunicipalityCounts> members, String select,
                       BiConsumer<MunicipalityCounts, Object[]> each) {
        jdbc.sql(select)
                .param("tenants", List.copyOf(members.keySet()))
                .param("start", timestamp(quarter.start()))
                .param("end", timestamp(quarter.end()))
                .query((row, n) -> {
                    Object[] values = new Object[row.getMetaData().getColumnCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = row.getObject(i + 1);
                    }
                    values[0] = uuid(row, "tenant_id");
                    return values;
                })
                .list()
                .forEach(row -> each.accept(members.get((UUID) row[0]), row));
    }
}
