package forum.api.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.eventstore.EventRelay;
import forum.api.eventstore.RecentAggregates;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.InTenant;
import forum.core.venue.RegisterVenueIssue;
import forum.projections.runtime.TenantScope;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Append rate and aggregate load time with many events already stored, against an empty store. Runs on its
 * own database (forum_growth on the same throwaway server, its own topic) so the millions of rows it writes
 * leave the other benchmarks' store alone. The stored events are generated in SQL (GeneratedVenues) while
 * the Kafka publisher is stopped; its position is then moved to the head of the store, so the generated
 * history is not published (the read models are not what this measures).
 */
@ForumIntegrationTest
@ContextConfiguration(initializers = GrowthBenchmark.GrowthDatabase.class)
@DirtiesContext
class GrowthBenchmark {

    private static final long TARGET_EVENTS = 10_000_000;
    /**
     * 75 s keeps the suite under ten minutes, which writes one to two million events here; the 10 M run takes
     * {@code -Dforum.bench.growth.budget-seconds=1800}.
     */
    private static final Duration GENERATION_BUDGET =
            Duration.ofSeconds(Long.getLong("forum.bench.growth.budget-seconds", 75));
    private static final int BATCH = 100_000;
    /** One writing session per core. */
    private static final int WRITERS = 2;
    /**
     * The generated venues, their events interleaved over the whole table: 10 M events would make 500 each, the
     * one to two million this machine writes in the budget ~50 to 100 each.
     */
    private static final int BULK_VENUES = 20_000;
    private static final int[] STREAM_LENGTHS = {10, 100, 1000};
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    RecentAggregates recentAggregates;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TenantScope tenantScope;

    /** Every tenant's events: the requests' role sees one tenant's. */
    @Autowired
    EventRelay relay;

    @Autowired
    Environment environment;

    @Autowired
    ObjectMapper json;

    /** The generated history, once written. */
    private GeneratedVenues bulkVenues;
    private long bulkRows;

    @Test
    void appendAndLoadWithManyEventsStored() throws Exception {
        BenchDatabase database = BenchDatabase.of(environment);
        Report report = new Report("Growth: empty event store vs many events stored");
        try {
            Venues warmUp = Venues.register(commands, 2, 50);
            Load.closedLoop(8, Duration.ofSeconds(10), i -> commands.sendAndWait(warmUp.issueAtAnyVenue()));
            GeneratedVenues.Templates templates = templates(warmUp);
            report.row("server", database.commitSettings());

            measure("empty store (" + String.format("%,d", storedEvents()) + " events)", database, templates, "empty",
                    report);

            long generated = generate(database, templates, report);
            measure("after generating " + String.format("%,d", generated) + " events", database, templates, "full",
                    report);
            bulkVenueLoads(database, templates, report);
            report.row("domain_event_entry size", database.queryString("""
                    select pg_size_pretty(pg_table_size('domain_event_entry')) || ' table, '
                           || pg_size_pretty(pg_indexes_size('domain_event_entry')) || ' indexes'
                    """));
        } finally {
            report.print();
        }
    }

    private void measure(String store, BenchDatabase database, GeneratedVenues.Templates templates, String label,
                         Report report) throws Exception {
        Venues fresh = Venues.register(commands, 4, 50);
        Load.Outcome appends = Load.closedLoop(8, RUN, i -> commands.sendAndWait(fresh.issueAtAnyVenue()));
        assertThat(appends.failures()).as("failed commands, first: %s", appends.firstFailure()).isZero();
        report.row(store + ": append, 8 threads", "%s  %s", Report.perSecond(appends.perSecond()), appends.latency());
        for (int length : STREAM_LENGTHS) {
            GeneratedVenues venues = new GeneratedVenues(templates, label + "-" + length + "-", length >= 1000 ? 5 : 20,
                    Instant.now().minus(Duration.ofDays(30)).toString(), "1 second");
            venues.insertAll(database, length);
            Latencies read = new Latencies();
            Commands first = new Commands();
            Commands next = new Commands();
            Commands inMemory = new Commands();
            for (int n = 0; n < venues.venues(); n++) {
                read.record(timeRead(venues, n, length));
                first.time(venues, n);
            }
            // A stream past AggregateSnapshots' count got a snapshot after its first command, taken meanwhile;
            // with the venues forgotten, the next command loads it from there.
            recentAggregates.forgetAll();
            for (int n = 0; n < venues.venues(); n++) {
                next.time(venues, n);
            }
            for (int n = 0; n < venues.venues(); n++) {
                inMemory.time(venues, n);
            }
            report.row(store + ": venue of " + length + " events, read+deserialize", read.summary().toString());
            report.row(store + ": venue of " + length + " events, first command", first.toString());
            report.row(store + ": venue of " + length + " events, next command, loaded again", next.toString());
            report.row(store + ": venue of " + length + " events, next command, venue in memory",
                    inMemory.toString());
        }
    }

    /**
     * EventStore.readEvents of the whole stream, every payload deserialized: what loading the aggregate reads, in a
     * transaction that entered the venue's municipality, as a command's does.
     */
    private long timeRead(GeneratedVenues venues, int n, int expectedEvents) {
        InTenant inTenant = new InTenant(transaction, tenantScope);
        long started = System.nanoTime();
        long events = inTenant.get(venues.tenantOf(n), () -> eventStore.readEvents(venues.venue(n).toString())
                .asStream().map(event -> event.getPayload()).count());
        long elapsed = System.nanoTime() - started;
        assertThat(events).isGreaterThanOrEqualTo(expectedEvents);
        return elapsed;
    }

    /** Latency of commands and the CPU time of the thread that sends them. */
    private final class Commands {

        final Latencies latency = new Latencies();
        final Latencies cpu = new Latencies();

        void time(GeneratedVenues venues, int n) {
            long started = THREADS.getCurrentThreadCpuTime();
            latency.record(timeCommand(venues, n));
            cpu.record(THREADS.getCurrentThreadCpuTime() - started);
        }

        @Override
        public String toString() {
            return String.format("%s; CPU of the sending thread p50 %.1f ms", latency.summary(), cpu.summary().p50());
        }
    }

    /** A RegisterVenueIssue on the venue: load (read, deserialize, apply), decide, append, commit. */
    private long timeCommand(GeneratedVenues venues, int n) {
        RegisterVenueIssue issue = Venues.issueAt(new Venues.Venue(venues.tenantOf(n), venues.venue(n)), Instant.now());
        long started = System.nanoTime();
        commands.sendAndWait(issue);
        return System.nanoTime() - started;
    }

    /**
     * Inserts interleaved venue histories in batches until {@link #TARGET_EVENTS} or the time budget, with the
     * publisher stopped; then moves the publisher's position past them.
     */
    private long generate(BenchDatabase database, GeneratedVenues.Templates templates, Report report)
            throws Exception {
        PausedPublisher publisher = PausedPublisher.pause(context, database);
        long spacingMillis = Duration.ofDays(5 * 365).toMillis() / TARGET_EVENTS;
        GeneratedVenues bulk = new GeneratedVenues(templates, "bulk-", BULK_VENUES,
                Instant.now().minus(Duration.ofDays(5 * 365 + 31)).toString(), spacingMillis + " milliseconds");
        long started = System.nanoTime();
        long deadline = started + GENERATION_BUDGET.toNanos();
        AtomicLong nextRow = new AtomicLong();
        AtomicLong rowsWritten = new AtomicLong();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            done.add(writers.submit(() -> {
                try (Connection connection = database.asOwner(); Statement settings = connection.createStatement()) {
                    // Generated history need not wait for its WAL flush; what is measured afterwards does.
                    settings.execute("set synchronous_commit = off");
                    long from;
                    while (System.nanoTime() < deadline && (from = nextRow.getAndAdd(BATCH)) < TARGET_EVENTS) {
                        long to = Math.min(TARGET_EVENTS, from + BATCH) - 1;
                        bulk.insert(connection, from, to);
                        rowsWritten.addAndGet(to - from + 1);
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();
        long rows = rowsWritten.get();
        database.executeAsOwner("analyze domain_event_entry");
        double seconds = (System.nanoTime() - started) / 1e9;
        publisher.resumeAtHead();
        report.row("generated in SQL", "%,d events of %,d venues (%s per venue) in %.0f s: %s (budget %d s)", rows,
                BULK_VENUES, rows / BULK_VENUES, seconds, Report.perSecond(rows / seconds),
                GENERATION_BUDGET.toSeconds());
        bulkVenues = bulk;
        bulkRows = rows;
        return rows;
    }

    /** Venues of the generated history: their events are spread over the whole table, as after years of use. */
    private void bulkVenueLoads(BenchDatabase database, GeneratedVenues.Templates templates, Report report)
            throws SQLException {
        int venuesWritten = (int) Math.min(BULK_VENUES, bulkRows);
        long eventsEach = bulkRows / BULK_VENUES;
        Latencies read = new Latencies();
        Latencies command = new Latencies();
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            picked.add(ThreadLocalRandom.current().nextInt(venuesWritten));
        }
        for (int n : picked) {
            read.record(timeRead(bulkVenues, n, (int) eventsEach));
        }
        for (int n : picked.subList(0, 30)) {
            command.record(timeCommand(bulkVenues, n));
        }
        report.row("generated venue (~" + eventsEach + " events over the whole table), read+deserialize, first read",
                read.summary().toString());
        report.row("generated venue, command", command.summary().toString());
        report.note("Aggregate read of a generated venue:\n" + String.join("\n", database.explain("""
                        select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        from domain_event_entry where aggregate_identifier = ? and sequence_number >= ?
                        order by sequence_number asc limit 100
                        """, bulkVenues.venue((picked.get(0) + 1) % venuesWritten).toString(), 0L)));
    }

    private GeneratedVenues.Templates templates(Venues venues) {
        return GeneratedVenues.templatesFrom(relay.jdbc(), json, venues.all().get(0));
    }

    private long storedEvents() {
        return relay.jdbc().sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    /**
     * Points the application at its own database and topics on the servers the test JVM shares. Runs after
     * the servers are known (ForumServersInitializer comes first) and before anything connects.
     */
    static class GrowthDatabase extends OwnDatabase {

        GrowthDatabase() {
            super("forum_growth");
        }
    }
}
