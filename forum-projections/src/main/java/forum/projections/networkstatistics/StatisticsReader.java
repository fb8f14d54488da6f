package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/**
 * Reads the raw counts of the municipalities that were members of a network, quarter by quarter: a municipality
 * counts in a quarter when it was a member at any time in it. One statement per table for a whole range of quarters,
 * each fact put in its quarter (in {@link Quarter#ZONE}) by the database. Runs inside the caller's transaction, with
 * the network (and perhaps the tenant) already in scope.
 */
@Component
class StatisticsReader {

    /** The municipalities that were members at any time in [start, end). */
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

    /** One quarter's members, sorted by name. */
    List<MunicipalityCounts> read(UUID networkId, Quarter quarter) {
        return read(networkId, quarter, quarter).get(quarter);
    }

    /** Each quarter from {@code first} to {@code last}, in order, with its members sorted by name. */
    Map<Quarter, List<MunicipalityCounts>> read(UUID networkId, Quarter first, Quarter last) {
        Range range = new Range(networkId, first, last);
        Map<Quarter, Map<UUID, MunicipalityCounts>> quarters = members(range);
        if (quarters.values().stream().anyMatch(members -> !members.isEmpty())) {
            count(range, quarters);
        }
        Map<Quarter, List<MunicipalityCounts>> sorted = new LinkedHashMap<>();
        quarters.forEach((quarter, members) ->
                sorted.put(quarter, members.values().stream().sorted(MunicipalityCounts.BY_NAME).toList()));
        return sorted;
    }

    /** Each quarter's members, from the periods of membership that overlap the range. */
    private Map<Quarter, Map<UUID, MunicipalityCounts>> members(Range range) {
        List<Period> periods = jdbc.sql("""
                        select m.tenant_id, m.joined_at, m.left_at, s.municipality_key, s.name
                        from network_membership m
                        left join statistics_municipality s on s.tenant_id = m.tenant_id
                        where m.network_id = :network and m.joined_at < :end and (m.left_at is null or m.left_at > :start)
                        """)
                .param("network", range.networkId())
                .param("start", timestamp(range.first().start()))
                .param("end", timestamp(range.last().end()))
                .query((row, n) -> new Period(uuid(row, "tenant_id"), instant(row, "joined_at"),
                        instant(row, "left_at"), row.getString("municipality_key"), row.getString("name")))
                .list();
        Map<Quarter, Map<UUID, MunicipalityCounts>> quarters = new LinkedHashMap<>();
        for (Quarter quarter = range.first(); quarter.compareTo(range.last()) <= 0; quarter = quarter.next()) {
            Map<UUID, MunicipalityCounts> members = new LinkedHashMap<>();
            for (Period period : periods) {
                if (period.overlaps(quarter)) {
                    members.putIfAbsent(period.tenant(), new MunicipalityCounts(period.tenant(), period.key(),
                            period.name()));
                }
            }
            quarters.put(quarter, members);
        }
        return quarters;
    }

    private void count(Range range, Map<Quarter, Map<UUID, MunicipalityCounts>> quarters) {
        query(range, quarters, """
                select s.tenant_id, %s, count(*) from statistics_meeting s join members m on m.tenant_id = s.tenant_id
                where %s group by 1, 2, 3
                """.formatted(quarterOf("s.starts_at"), HELD), (counts, row) -> counts.meetingsHeld = row.number(3));
        query(range, quarters, """
                select a.tenant_id, %s, a.role, sum(a.present), sum(a.present + a.absent)
                from statistics_attendance a
                join statistics_meeting s on s.tenant_id = a.tenant_id and s.meeting_id = a.meeting_id
                join members m on m.tenant_id = a.tenant_id
                where %s group by 1, 2, 3, 4
                """.formatted(quarterOf("s.starts_at"), HELD), (counts, row) -> {
            MemberRole role = MemberRole.valueOf(row.text(3));
            counts.present.put(role, row.number(4));
            counts.expected.put(role, row.number(5));
        });
        query(range, quarters, """
                select s.tenant_id, %s, s.category, count(*) from statistics_issue s
                join members m on m.tenant_id = s.tenant_id
                where s.observed_at >= :start and s.observed_at < :end group by 1, 2, 3, 4
                """.formatted(quarterOf("s.observed_at")),
                (counts, row) -> counts.issues.put(IssueCategory.valueOf(row.text(3)), row.number(4)));
        query(range, quarters, """
                select s.tenant_id, %s, s.kind, count(*) from statistics_recommendation s
                join members m on m.tenant_id = s.tenant_id
                where s.issued_at >= :start and s.issued_at < :end group by 1, 2, 3, 4
                """.formatted(quarterOf("s.issued_at")),
                (counts, row) -> counts.recommendations.put(RecommendationKind.valueOf(row.text(3)), row.number(4)));
        query(range, quarters, """
                select s.tenant_id, %s, s.outcome, count(*) from statistics_decision s
                join members m on m.tenant_id = s.tenant_id
                where s.recorded_at >= :start and s.recorded_at < :end group by 1, 2, 3, 4
                """.formatted(quarterOf("s.recorded_at")),
                (counts, row) -> counts.decisions.put(DecisionOutcome.valueOf(row.text(3)), row.number(4)));
        query(range, quarters, """
                select s.tenant_id, %s, count(*) from statistics_venue s join members m on m.tenant_id = s.tenant_id
                where s.registered_at >= :start and s.registered_at < :end group by 1, 2, 3
                """.formatted(quarterOf("s.registered_at")), (counts, row) -> counts.venuesRegistered = row.number(3));
    }

    /** The quarter of an instant in the statistics' zone, as two columns: its year and its number. */
    private static String quarterOf(String column) {
        String local = "(" + column + " at time zone '" + Quarter.ZONE.getId() + "')";
        return "extract(year from " + local + ")::int, extract(quarter from " + local + ")::int";
    }

    /** Runs the select over the range's members; each row's counts go to its tenant in its quarter if a member then. */
    private void query(Range range, Map<Quarter, Map<UUID, MunicipalityCounts>> quarters, String select,
                       BiConsumer<MunicipalityCounts, Row> each) {
        jdbc.sql(MEMBERS + select)
                .param("network", range.networkId())
                .param("start", timestamp(range.first().start()))
                .param("end", timestamp(range.last().end()))
                .query((row, n) -> new Row(uuid(row, "tenant_id"), values(row)))
                .list()
                .forEach(row -> {
                    Map<UUID, MunicipalityCounts> members = quarters.get(row.quarter());
                    MunicipalityCounts counts = members == null ? null : members.get(row.tenant());
                    if (counts != null) {
                        each.accept(counts, row);
                    }
                });
    }

    private static Object[] values(ResultSet row) throws SQLException {
        Object[] values = new Object[row.getMetaData().getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getObject(i + 1);
        }
        return values;
    }

    private record Range(UUID networkId, Quarter first, Quarter last) {
    }

    /** A period of membership; {@code leftAt} is null while it lasts. */
    private record Period(UUID tenant, Instant joinedAt, Instant leftAt, String key, String name) {

        boolean overlaps(Quarter quarter) {
            return joinedAt.isBefore(quarter.end()) && (leftAt == null || leftAt.isAfter(quarter.start()));
        }
    }

    /** One result row: the tenant in column 0, the quarter's year and number in 1 and 2, then codes and counts. */
    private record Row(UUID tenant, Object[] values) {

        Quarter quarter() {
            return new Quarter(((Number) values[1]).intValue(), ((Number) values[2]).intValue());
        }

        String text(int column) {
            return (String) values[column];
        }

        long number(int column) {
            return ((Number) values[column]).longValue();
        }
    }
}
