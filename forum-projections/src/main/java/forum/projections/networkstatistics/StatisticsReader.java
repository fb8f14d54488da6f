package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/**
 * Reads the raw counts of the municipalities that were members of a network, quarter by quarter: a municipality
 * counts in a quarter when it was a member at any time in it. The counts are those kept per municipality and quarter
 * (statistics_quarter, counted from the facts by the database whenever they change), so a range of quarters costs a
 * few rows per member, whatever the number of facts. Runs inside the caller's transaction, with the network (and
 * perhaps the tenant) already in scope.
 */
@Component
class StatisticsReader {

    /** The municipalities that were members at any time in [start, end). */
    private static final String MEMBERS = """
            with members as (
                select distinct tenant_id from network_membership
                where network_id = :network and joined_at < :end and (left_at is null or left_at > :start))
            """;

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

    /** Each member's counts in each quarter, from the counts kept per municipality and quarter. */
    private void count(Range range, Map<Quarter, Map<UUID, MunicipalityCounts>> quarters) {
        jdbc.sql(MEMBERS + """
                        select r.tenant_id, r.quarter, r.figure, r.code, r.count
                        from statistics_quarter r join members m on m.tenant_id = r.tenant_id
                        where r.quarter >= :firstQuarter and r.quarter <= :lastQuarter
                        """)
                .param("network", range.networkId())
                .param("start", timestamp(range.first().start()))
                .param("end", timestamp(range.last().end()))
                .param("firstQuarter", range.first().firstDay())
                .param("lastQuarter", range.last().firstDay())
                .query(row -> {
                    Map<UUID, MunicipalityCounts> members =
                            quarters.get(Quarter.of(row.getObject("quarter", LocalDate.class)));
                    MunicipalityCounts counts = members == null ? null : members.get(uuid(row, "tenant_id"));
                    if (counts != null) {
                        add(counts, row.getString("figure"), row.getString("code"), row.getLong("count"));
                    }
                });
    }

    /** A figure of statistics_quarter into the counts; codes it does not know fail loudly rather than go missing. */
    private static void add(MunicipalityCounts counts, String figure, String code, long count) {
        switch (figure) {
            case "MEETINGS_HELD" -> counts.meetingsHeld = count;
            case "PRESENT" -> counts.present.put(MemberRole.valueOf(code), count);
            case "EXPECTED" -> counts.expected.put(MemberRole.valueOf(code), count);
            case "ISSUES" -> counts.issues.put(IssueCategory.valueOf(code), count);
            case "RECOMMENDATIONS" -> counts.recommendations.put(RecommendationKind.valueOf(code), count);
            case "DECISIONS" -> counts.decisions.put(DecisionOutcome.valueOf(code), count);
            case "VENUES" -> counts.venuesRegistered = count;
            default -> throw new IllegalStateException("Unknown figure in statistics_quarter: " + figure);
        }
    }

    private record Range(UUID networkId, Quarter first, Quarter last) {
    }

    /** A period of membership; {@code leftAt} is null while it lasts. */
    private record Period(UUID tenant, Instant joinedAt, Instant leftAt, String key, String name) {

        boolean overlaps(Quarter quarter) {
            return joinedAt.isBefore(quarter.end()) && (leftAt == null || leftAt.isAfter(quarter.start()));
        }
    }
}
