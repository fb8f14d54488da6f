package forum.api.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.support.ForumIntegrationTest;
import forum.projections.ledger.EventLedger;
import forum.projections.rebuild.ReadModelRebuild;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import forum.projections.personaldata.SubjectKeys;
import forum.projections.runtime.TenantScope;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import forum.api.eventstore.EventRelay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding every read model from the event store: 1 million events over 750 municipalities, then one
 * municipality with 100,000 events alone. The history is generated in SQL (GeneratedVenues) on a database of
 * its own, with the publisher stopped, so only the rebuild applies it. Targets: at least 20,000 events/s for
 * all; one tenant of 100,000 events in under 10 s. The reference beside it: the large municipality's rows
 * written by plain SQL into copies of the tables, the database's own cost of those rows.
 */
@ForumIntegrationTest
@ContextConfiguration(initializers = RebuildBenchmark.RebuildDatabase.class)
@DirtiesContext
class RebuildBenchmark {

    private static final int TENANTS = 750;
    /** A smaller history for a quick look (a profile, say): -Dforum.bench.rebuild.events=200000. */
    private static final long EVENTS = Long.getLong("forum.bench.rebuild.events", 1_000_000);
    private static final int VENUES = (int) Math.max(TENANTS, EVENTS / 50);
    private static final int LARGE_TENANT_VENUES = 1_000;
    private static final long LARGE_TENANT_EVENTS = 100_000;
    private static final String ISSUE_TEXT = "Servering till en berusad gäst vid baren";

    @Autowired
    CommandGateway commands;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReadModelRebuild rebuild;

    @Autowired
    EventLedger ledger;

    @Autowired
    JdbcClient jdbc;

    /** Every tenant's events: the requests' role sees one tenant's. */
    @Autowired
    EventRelay relay;

    @Autowired
    ObjectMapper json;

    @Autowired
    Environment environment;

    @Autowired
    SubjectKeys keys;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void rebuildAllMunicipalitiesAndOneLargeOne() throws Exception {
        BenchDatabase database = BenchDatabase.of(environment);
        Report report = new Report("Rebuild: every read model from the event store");
        try {
            Venues template = Venues.register(commands, 1, 1);
            commands.sendAndWait(template.issueAtAnyVenue());
            GeneratedVenues.Templates templates = GeneratedVenues.templatesFrom(relay.jdbc(), json, template.all().get(0));
            String start = Instant.now().minus(Duration.ofDays(5 * 365)).toString();
            GeneratedVenues many = new GeneratedVenues(templates, "rebuild-", VENUES, TENANTS, start, "1 minute");
            GeneratedVenues large = new GeneratedVenues(templates, "large-", LARGE_TENANT_VENUES, 1, start,
                    "1 minute");
            // The municipalities sign up by command, as a rebuild starts from the sign-ups it finds.
            for (int t = 0; t < TENANTS; t++) {
                Venues.signUp(commands, many.tenantOf(t));
            }
            UUID largeTenant = Venues.signUp(commands, large.tenantOf(0));

            PausedPublisher publisher = PausedPublisher.pause(context, database);
            long generating = System.nanoTime();
            try (Connection owner = database.asOwner(); Statement settings = owner.createStatement()) {
                settings.execute("set synchronous_commit = off");
                for (long from = 0; from < EVENTS; from += 100_000) {
                    many.insert(owner, from, from + 99_999);
                }
                large.insert(owner, 0, LARGE_TENANT_EVENTS - 1);
            }
            report.row("generated in SQL", "%,d events of %,d venues over %d municipalities, and %,d events of one"
                            + " more, in %.0f s", EVENTS, VENUES, TENANTS, LARGE_TENANT_EVENTS,
                    (System.nanoTime() - generating) / 1e9);
            long sealing = System.nanoTime();
            long sealed = SealedIssues.seal(database, many, "rebuild-", 0, EVENTS - 1, ISSUE_TEXT, keys, tenantScope,
                    transaction)
                    + SealedIssues.seal(database, large, "large-", 0, LARGE_TENANT_EVENTS - 1, ISSUE_TEXT, keys,
                    tenantScope, transaction);
            report.row("sealed in Java", "%,d issue descriptions, each with a key of its issue, in %.0f s", sealed,
                    (System.nanoTime() - sealing) / 1e9);
            // The sealing rewrote the generated rows and filled the key table: vacuumed here, so that autovacuum does
            // not do it inside the rebuild measured next (the run without sealing has nothing to vacuum).
            database.executeAsOwner("vacuum analyze domain_event_entry", "vacuum analyze personal_data_key");
            publisher.resumeAtHead();

            Processes processes = new Processes(database.postmasterPid());
            Processes.CpuTime beforeAll = processes.cpu();
            ReadModelRebuild.Result all = rebuild.rebuild(Optional.empty());
            report.row("all municipalities", "%,d events of %d municipalities in %.1f s: %s (target 20,000/s); %s",
                    all.events(), all.tenants(), seconds(all.took()), Report.perSecond(all.events() / seconds(all.took())),
                    cpuPerEvent(processes.cpu().minus(beforeAll), all.events()));
            // Every generated event is in the read models exactly once (the ledger counts and the sign-up adds one).
            assertThat(ledger.of(largeTenant).events()).isEqualTo(LARGE_TENANT_EVENTS + 1);
            long venuesOfFirstTenant = (VENUES - 1) / TENANTS + 1;
            assertThat(ledger.of(many.tenantOf(0)).events()).isEqualTo(venuesOfFirstTenant * (EVENTS / VENUES) + 1);

            Processes.CpuTime beforeOne = processes.cpu();
            ReadModelRebuild.Result one = rebuild.rebuild(Optional.of(largeTenant));
            report.row("one municipality", "%,d events in %.1f s: %s (target under 10 s); %s", one.events(),
                    seconds(one.took()), Report.perSecond(one.events() / seconds(one.took())),
                    cpuPerEvent(processes.cpu().minus(beforeOne), one.events()));
            assertThat(one.events()).isEqualTo(LARGE_TENANT_EVENTS + 1);
            assertThat(ledger.of(largeTenant).events()).isEqualTo(LARGE_TENANT_EVENTS + 1);
            // Every description was opened with its issue's key, none read as erased.
            assertThat(database.queryLong("select count(*) from venue_issue where tenant_id = ?::uuid"
                    + " and description = ?", largeTenant.toString(), ISSUE_TEXT))
                    .isEqualTo(LARGE_TENANT_EVENTS - LARGE_TENANT_VENUES);
            Reference reference = plainInsertOfTheSameRows(database, largeTenant);
            assertThat(reference.rows()).as("rows of the large municipality copied").isGreaterThanOrEqualTo(
                    3 * (LARGE_TENANT_EVENTS - LARGE_TENANT_VENUES));
            report.row("reference: the same rows by plain SQL", "%,d rows in %.1f s: the municipality's rows of the"
                            + " three tables its events fill, copied by one insert ... select each into tables of the"
                            + " same columns and indexes; the rebuild takes %.1fx that", reference.rows(),
                    reference.seconds(), seconds(one.took()) / reference.seconds());
            report.note("Each municipality is rebuilt in one transaction: delete its rows, replay its events"
                    + " (read by the index on the metadata's tenant), write the projections' positions.");
        } finally {
            report.print();
        }
    }

    /** Whole processes (the JVM runs the broker and consumers too, idle here), so a little high. */
    private static String cpuPerEvent(Processes.CpuTime used, long events) {
        return String.format("CPU per event: JVM %.0f µs, PostgreSQL %.0f µs", used.jvm() * 1e6 / events,
                used.postgres() * 1e6 / events);
    }

    /** The reference: how long plain SQL takes to write the rows, and how many it wrote. */
    private record Reference(double seconds, long rows) {
    }

    /**
     * The database's own cost of writing what the rebuild of one municipality writes: its rows of venue_issue,
     * venue_timeline_entry and statistics_issue copied, in one transaction, into empty tables with the same
     * columns and indexes, one statement per table. As superuser, whom row-level security does not filter.
     */
    private static Reference plainInsertOfTheSameRows(BenchDatabase database, UUID tenant) throws Exception {
        List<String> tables = List.of("venue_issue", "venue_timeline_entry", "statistics_issue");
        try (Connection superuser = database.asSuperuser(); Statement sql = superuser.createStatement()) {
            for (String table : tables) {
                sql.execute("create table bench_" + table + " (like " + table + " including all)");
            }
            superuser.setAutoCommit(false);
            long rows = 0;
            long started = System.nanoTime();
            for (String table : tables) {
                rows += sql.executeUpdate("insert into bench_" + table + " select * from " + table
                        + " where tenant_id = '" + tenant + "'");
            }
            superuser.commit();
            double took = (System.nanoTime() - started) / 1e9;
            superuser.setAutoCommit(true);
            for (String table : tables) {
                sql.execute("drop table bench_" + table);
            }
            return new Reference(took, rows);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    static class RebuildDatabase extends OwnDatabase {

        RebuildDatabase() {
            super("forum_rebuild");
        }
    }
}
