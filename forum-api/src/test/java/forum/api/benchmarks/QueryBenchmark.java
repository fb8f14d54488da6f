package forum.api.benchmarks;

import forum.api.support.ForumIntegrationTest;
import forum.core.venue.IssueCategory;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.networkstatistics.Quarter;
import forum.projections.paging.PageQuery;
import forum.projections.venue.IssueFilter;
import forum.projections.venue.VenueRegister;
import forum.projections.venue.VenueStatusFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side's query services over five years of 750 municipalities (ReadModelRows, written by SQL), as
 * the application role with row-level security: the venue register and the network dashboard. Each query
 * runs for a random municipality, venue or network; p95 per query. Target: p95 < 100 ms.
 */
@ForumIntegrationTest
class QueryBenchmark extends ApplicationBenchmark {

    private static final int WARM_UP = 20;
    private static final int CALLS = 150;
    /** The floor of a query on this machine: one row by primary key, through the same pool, role and RLS. */
    private static final String REFERENCE = "reference: one venue's name by key, plain SQL";

    @Autowired
    VenueRegister register;

    @Autowired
    NetworkStatistics statistics;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void queryServicesOverFiveYearsOf750Municipalities() throws Exception {
        BenchDatabase database = database();
        Report report = new Report("Queries: read-model services, 750 municipalities x 5 years");
        try {
            long started = System.nanoTime();
            long rows = ReadModelRows.write(database);
            report.row("rows written by SQL", "%s (%d venues and %d issues per municipality, %d networks)",
                    rows == 0 ? "none: written before by another benchmark of this run"
                            : String.format("%,d in %.0f s", rows, (System.nanoTime() - started) / 1e9),
                    ReadModelRows.VENUES_PER_TENANT, ReadModelRows.VENUES_PER_TENANT * ReadModelRows.ISSUES_PER_VENUE,
                    ReadModelRows.NETWORKS);

            Quarter current = Quarter.of(Instant.now());
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put("venue register, first page of 50", () ->
                    register.venues(anyTenant(), VenueStatusFilter.ALL, PageQuery.first(50)));
            queries.put("venue register, with open issues", () ->
                    register.venues(anyTenant(), VenueStatusFilter.WITH_OPEN_ISSUES, PageQuery.first(50)));
            queries.put("venue file", () -> {
                int tenant = ThreadLocalRandom.current().nextInt(ReadModelRows.TENANTS);
                return register.venue(ReadModelRows.tenant(tenant), anyVenue(tenant)).orElseThrow();
            });
            queries.put("issues, newest first, page of 50", () ->
                    register.issues(anyTenant(), IssueFilter.none(), PageQuery.first(50)));
            queries.put("issues of one venue", () -> {
                int tenant = ThreadLocalRandom.current().nextInt(ReadModelRows.TENANTS);
                return register.issues(ReadModelRows.tenant(tenant), IssueFilter.venue(anyVenue(tenant)),
                        PageQuery.first(50));
            });
            queries.put("issues of a category, last 90 days, open", () -> register.issues(anyTenant(),
                    new IssueFilter(null, IssueCategory.OVERSERVING, Instant.now().minus(Duration.ofDays(90)), null,
                            true), PageQuery.first(50)));
            queries.put("network dashboard, a quarter of the 5 years", () -> statistics.dashboard(
                    ReadModelRows.network(ThreadLocalRandom.current().nextInt(ReadModelRows.NETWORKS)),
                    anyQuarter(current)).orElseThrow());
            queries.put("municipality vs network medians", () -> {
                int tenant = ThreadLocalRandom.current().nextInt(ReadModelRows.TENANTS);
                return statistics.compare(ReadModelRows.tenant(tenant), ReadModelRows.networkOf(tenant),
                        anyQuarter(current)).orElseThrow();
            });
            // Last, so that it runs as warm as the services did.
            queries.put(REFERENCE, () -> {
                int tenant = ThreadLocalRandom.current().nextInt(ReadModelRows.TENANTS);
                return venueNameByPlainSql(ReadModelRows.tenant(tenant), anyVenue(tenant));
            });

            for (Map.Entry<String, Supplier<Object>> query : queries.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    query.getValue().get();
                }
                Latencies latencies = new Latencies();
                for (int i = 0; i < CALLS; i++) {
                    long began = System.nanoTime();
                    assertThat(query.getValue().get()).isNotNull();
                    latencies.record(System.nanoTime() - began);
                }
                Latencies.Summary summary = latencies.summary();
                report.row(query.getKey(), "p95 %.1f ms (%s) %s", summary.p95(), summary,
                        query.getKey().equals(REFERENCE) ? "" : summary.p95() < 100 ? "met" : "MISSED");
            }
            report.note("Plan of the dashboard's issue counts, as the application role, network in scope:\n"
                    + String.join("\n", dashboardIssuePlan(current)));
        } finally {
            report.print();
        }
    }

    private String venueNameByPlainSql(UUID tenant, UUID venue) {
        return transactions.execute(status -> {
            jdbc.sql("select set_config('forum.tenant_id', :tenant, true)").param("tenant", tenant.toString())
                    .query(String.class).single();
            return jdbc.sql("select name from venue where tenant_id = :tenant and venue_id = :venue")
                    .param("tenant", tenant).param("venue", venue).query(String.class).single();
        });
    }

    /** EXPLAIN ANALYZE under row-level security: the application role, in a transaction with the network set. */
    private List<String> dashboardIssuePlan(Quarter quarter) {
        UUID network = ReadModelRows.network(0);
        return transactions.execute(status -> {
            jdbc.sql("select set_config('forum.network_id', :network, true)").param("network", network.toString())
                    .query(String.class).single();
            return jdbc.sql("""
                            explain (analyze, buffers)
                            with members as (
                                select distinct tenant_id from network_membership
                                where network_id = :network and joined_at < :end
                                  and (left_at is null or left_at > :start))
                            select s.tenant_id, s.category, count(*) from statistics_issue s
                            join members m on m.tenant_id = s.tenant_id
                            where s.observed_at >= :start and s.observed_at < :end group by s.tenant_id, s.category
                            """)
                    .param("network", network)
                    .param("start", java.sql.Timestamp.from(quarter.previous().start()))
                    .param("end", java.sql.Timestamp.from(quarter.previous().end()))
                    .query(String.class).list();
        });
    }

    private static UUID anyTenant() {
        return ReadModelRows.tenant(ThreadLocalRandom.current().nextInt(ReadModelRows.TENANTS));
    }

    private static UUID anyVenue(int tenant) {
        return ReadModelRows.venue(tenant, ThreadLocalRandom.current().nextInt(ReadModelRows.VENUES_PER_TENANT));
    }

    /** One of the last 20 quarters. */
    private static Quarter anyQuarter(Quarter current) {
        Quarter quarter = current;
        for (int back = ThreadLocalRandom.current().nextInt(20); back > 0; back--) {
            quarter = quarter.previous();
        }
        return quarter;
    }
}
