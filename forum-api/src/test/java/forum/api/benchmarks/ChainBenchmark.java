package forum.api.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.audit.chain.Chainer;
import forum.api.audit.chain.ChainVerification;
import forum.api.audit.chain.Verification;
import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The event chain's costs (docs/audit.md, Tamper evidence), on a database of its own: 1 million events over 750
 * municipalities generated in SQL, then chained by the chainer; the verification of every chain, beside a plain
 * sequential read of the same rows (the reference, in the same run); and the command path's rate with the chainer
 * running and stopped, alternately. Chaining is asynchronous (a background thread after commit), so the command
 * path itself does no hashing: what the chainer costs the commands is the CPU and database time it takes beside
 * them.
 */
@ForumIntegrationTest
@ContextConfiguration(initializers = ChainBenchmark.ChainDatabase.class)
@DirtiesContext
class ChainBenchmark {

    private static final int TENANTS = 750;
    /** A smaller history for a quick look: -Dforum.bench.chain.events=20000. */
    private static final long EVENTS = Long.getLong("forum.bench.chain.events", 1_000_000);
    private static final int VENUES = (int) Math.max(TENANTS, EVENTS / 50);
    private static final Duration RUN = Duration.ofSeconds(8);
    private static final int THREADS = 8;

    @Autowired
    CommandGateway commands;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventRelay relay;

    @Autowired
    ObjectMapper json;

    @Autowired
    Environment environment;

    @Autowired
    Chainer chainer;

    @Autowired
    ChainVerification verification;

    @Test
    void chainVerifyAndAppendWithTheChainerOnAndOff() throws Exception {
        BenchDatabase database = BenchDatabase.of(environment);
        Report report = new Report("Tamper evidence: chaining, verification, the command path with and without");
        try {
            Venues template = Venues.register(commands, 1, 1);
            commands.sendAndWait(template.issueAtAnyVenue());
            GeneratedVenues.Templates templates = GeneratedVenues.templatesFrom(relay.jdbc(), json,
                    template.all().get(0));
            String start = Instant.now().minus(Duration.ofDays(5 * 365)).toString();
            GeneratedVenues many = new GeneratedVenues(templates, "chain-", VENUES, TENANTS, start, "1 minute");
            awaitChained(database, Duration.ofMinutes(1));
            chainer.stop();

            PausedPublisher publisher = PausedPublisher.pause(context, database);
            try (Connection owner = database.asOwner(); Statement settings = owner.createStatement()) {
                settings.execute("set synchronous_commit = off");
                for (long from = 0; from < EVENTS; from += 100_000) {
                    many.insert(owner, from, Math.min(from + 99_999, EVENTS - 1));
                }
            }
            database.executeAsOwner("analyze domain_event_entry");
            publisher.resumeAtHead();
            long stored = database.queryLong("select count(*) from domain_event_entry");
            report.row("events in the store", "%,d (%,d generated in SQL over %d municipalities)", stored, EVENTS,
                    TENANTS);

            long chaining = System.nanoTime();
            chainer.start();
            awaitChained(database, Duration.ofMinutes(30));
            double chainSeconds = (System.nanoTime() - chaining) / 1e9;
            report.row("chaining the generated events", "%.1f s: %s", chainSeconds,
                    Report.perSecond(EVENTS / chainSeconds));

            double readSeconds = plainRead(database);
            long verifying = System.nanoTime();
            Verification all = verification.verify(Optional.empty());
            double verifySeconds = (System.nanoTime() - verifying) / 1e9;
            assertThat(all.clean()).as("%s", all.breaks()).isTrue();
            long verified = all.chains().stream().mapToLong(Verification.ChainOutcome::events).sum();
            assertThat(verified).isEqualTo(stored);
            report.row("verification of every chain", "%,d events of %d chains in %.1f s: %s", verified,
                    all.chains().size(), verifySeconds, Report.perSecond(verified / verifySeconds));
            report.row("reference: plain sequential read of the rows", "%.1f s: %s; verification / reference %s",
                    readSeconds, Report.perSecond(stored / readSeconds),
                    Report.ratio(verified / verifySeconds, stored / readSeconds));
            String oneTenant = all.chains().stream()
                    .max(Comparator.comparingLong(Verification.ChainOutcome::events)).orElseThrow().chain();
            long one = System.nanoTime();
            Verification single = verification.verify(Optional.of(oneTenant));
            report.row("verification of one municipality's chain", "%,d events in %.0f ms",
                    single.chains().get(0).events(), (System.nanoTime() - one) / 1e6);

            commandPath(database, report);
            report.note("Chaining is asynchronous: the commands do not hash. The figures with the chainer running show"
                    + " what it takes from the commands on the same 2 cores (its SHA-256, its reads and inserts).");
            report.note("The machine is shared with other builds: rates vary from run to run.");
        } finally {
            report.print();
        }
    }

    /** Appends through the command path with the chainer stopped and running, twice each, in both orders. */
    private void commandPath(BenchDatabase database, Report report) throws Exception {
        Venues venues = Venues.register(commands, 8, 50);
        Load.closedLoop(THREADS, RUN, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
        double[] off = new double[2];
        double[] on = new double[2];
        for (int round = 0; round < 2; round++) {
            // Stopped first in the first round, running first in the second: a JVM still warming up favours neither.
            Load.Outcome stopped;
            Load.Outcome running;
            if (round == 0) {
                chainer.stop();
                stopped = Load.closedLoop(THREADS, RUN, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
                chainer.start();
                running = Load.closedLoop(THREADS, RUN, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
            } else {
                running = Load.closedLoop(THREADS, RUN, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
                chainer.stop();
                stopped = Load.closedLoop(THREADS, RUN, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
                chainer.start();
            }
            assertThat(stopped.failures() + running.failures()).isZero();
            off[round] = stopped.perSecond();
            on[round] = running.perSecond();
            report.row("round " + (round + 1) + ", " + THREADS + " threads, chainer stopped", "%s  %s",
                    Report.perSecond(stopped.perSecond()), stopped.latency());
            report.row("round " + (round + 1) + ", " + THREADS + " threads, chainer running", "%s  %s",
                    Report.perSecond(running.perSecond()), running.latency());
        }
        report.row("command path, chainer running / stopped", "%s",
                Report.ratio(on[0] + on[1], off[0] + off[1]));
        long lagStart = System.nanoTime();
        awaitChained(database, Duration.ofMinutes(2));
        report.row("chainer caught up after the last round", "in %.1f s", (System.nanoTime() - lagStart) / 1e9);
    }

    /** Every column of every event, in store order, as the verification reads them: the database's own cost. */
    private static double plainRead(BenchDatabase database) throws Exception {
        long started = System.nanoTime();
        long bytes = 0;
        try (Connection owner = database.asOwner()) {
            owner.setAutoCommit(false);
            try (PreparedStatement read = owner.prepareStatement("select global_index, event_identifier,"
                    + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,"
                    + " payload, meta_data from domain_event_entry order by global_index")) {
                read.setFetchSize(5_000);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        bytes += rows.getBytes(9).length + rows.getString(2).length();
                    }
                }
            }
            owner.rollback();
        }
        assertThat(bytes).isPositive();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void awaitChained(BenchDatabase database, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() ->
                database.queryLong("select global_index from event_chain_position")
                        >= database.queryLong("select coalesce(max(global_index), 0) from domain_event_entry"));
    }

    static class ChainDatabase extends OwnDatabase {

        ChainDatabase() {
            super("forum_chain");
        }
    }
}
