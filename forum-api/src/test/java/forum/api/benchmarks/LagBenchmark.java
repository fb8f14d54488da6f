package forum.api.benchmarks;

import forum.api.support.ForumIntegrationTest;
import forum.api.support.InTenant;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import forum.projections.runtime.TenantScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lag from an event's commit in the event store to its row in the venue register: publisher (PublisherLoop)
 * -> Kafka -> the projections' consumer (ProjectionConsumer) -> venue_issue. Events are appended at a fixed rate straight
 * into the event store (the append a RegisterVenueIssue command ends with, without loading the venue), so the
 * rate does not depend on the command side's capacity. Target: p99 < 250 ms at 500 events/s.
 */
@ForumIntegrationTest
class LagBenchmark extends ApplicationBenchmark {

    /** Municipalities the 100 venues belong to; each one's events go through one partition, in order. */
    private static final int TENANTS = Integer.getInteger("forum.bench.lag.tenants", 4);
    private static final int VENUES_PER_TENANT = 100 / TENANTS;
    private static final int RATE = 500;
    /** A rate this machine's pipeline keeps up with, for comparison. */
    private static final int LIGHT = 50;
    private static final int WORKERS = 16;
    private static final long TARGET_NANOS = Duration.ofMillis(250).toNanos();
    private static final Duration DRAIN = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("forum.bench.lag.warm-up-seconds", 20));

    /** The backlog that the pipeline's halves drain one after the other, each with the machine to itself. */
    private static final int CAPACITY_EVENTS = 20_000;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TenantScope tenantScope;

    @Test
    void lagFromCommitToReadModel() throws Exception {
        BenchDatabase database = database();
        String topicName = environment.getProperty("forum.kafka.topics.domain-events", "forum.domain-events");
        ConsumerSpread spread = new ConsumerSpread(context, topicName);
        Venues venues = "random".equals(System.getProperty("forum.bench.lag.tenants-spread"))
                ? Venues.register(commands, TENANTS, VENUES_PER_TENANT)
                : Venues.register(commands, spread.evenly(TENANTS), VENUES_PER_TENANT);
        Map<UUID, AtomicLong> sequences = new HashMap<>();
        venues.all().forEach(venue -> sequences.put(venue.venueId(), new AtomicLong(1))); // 0 is VenueRegistered

        Report report = new Report("Lag: event committed -> row in the venue register (through Kafka)");
        report.row("server", database.commitSettings());
        report.row("municipalities per consumer thread", spread.describe(venues.tenants()));
        try {
            lagPhases(database, venues, sequences, topicName, report);
            // After the watchers, which read every row and record too.
            new PipelineCapacity(context, database, new Processes(database.postmasterPid())).measure(CAPACITY_EVENTS,
                    i -> append(venues.all().get((int) (i % venues.all().size())), sequences, UUID.randomUUID(),
                            Instant.now().truncatedTo(ChronoUnit.MICROS)), report);
        } finally {
            report.print();
        }
    }

    /** The lag at each rate, and the floor beside it, while the watchers note when each event is seen. */
    private void lagPhases(BenchDatabase database, Venues venues, Map<UUID, AtomicLong> sequences, String topicName,
                           Report report) throws Exception {
        try (ReadModelWatcher watcher = new ReadModelWatcher(database, venues.tenants());
             TopicWatcher topic = new TopicWatcher(environment.getProperty("spring.kafka.bootstrap-servers"),
                     topicName, watcher.expected())) {
            // At half the rate, long enough for the JIT: run alone, with 4 s at 50/s, the JVM was still
            // compiling and every phase measured several times the lag of the same code warmed up by the suite.
            run("warm-up", RATE / 2, WARM_UP, venues, sequences, watcher);
            awaitCaughtUp(watcher, Duration.ofSeconds(30));
            Phase light = run("light " + LIGHT + "/s", LIGHT, Duration.ofSeconds(10), venues, sequences, watcher);
            awaitCaughtUp(watcher, Duration.ofSeconds(20));
            Map<String, double[]> batches = consumerBatches();
            long sustainedFrom = serverMillis(database);
            Processes.JvmActivity jvm = Processes.jvmActivity();
            Phase sustained = run("sustained " + RATE + "/s", RATE, Duration.ofSeconds(10), venues, sequences, watcher);
            Processes.JvmActivity jvmSustained = Processes.jvmActivity().minus(jvm);
            Map<String, double[]> batchesSustained = since(batches, batches = consumerBatches());
            Phase burst = run("burst " + 5 * RATE + "/s", 5 * RATE, Duration.ofSeconds(3), venues, sequences, watcher);
            Map<String, double[]> batchesBurst = since(batches, batches = consumerBatches());
            long afterFrom = serverMillis(database);
            jvm = Processes.jvmActivity();
            Phase after = run("after the burst, " + RATE + "/s", RATE, Duration.ofSeconds(10), venues, sequences,
                    watcher);
            Processes.JvmActivity jvmAfter = Processes.jvmActivity().minus(jvm);
            Map<String, double[]> batchesAfter = since(batches, consumerBatches());
            long drainStart = System.nanoTime();
            long backlog = watcher.unseen();
            awaitCaughtUp(watcher, DRAIN);
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            long unseen = watcher.unseen();
            assertThat(watcher.failure()).isNull();
            assertThat(topic.failure()).isNull();
            String floor = referenceRelay(database);

            for (Phase phase : List.of(light, sustained, burst, after)) {
                report.row(phase.name + ", appends", "%s achieved, shed %d, append %s",
                        Report.perSecond(phase.appends.perSecond()), phase.appends.shed(),
                        phase.appends.serviceLatency());
                report.row(phase.name + ", lag", phase.lag());
                report.row(phase.name + ", of which commit -> on Kafka", phase.published());
            }
            reportBatches(report, sustained, batchesSustained);
            reportBatches(report, burst, batchesBurst);
            reportBatches(report, after, batchesAfter);
            report.row("after the burst: back under 250 ms", afterBurstRecovery(burst, after));
            for (Phase phase : List.of(sustained, after)) {
                report.row(phase.name + ", over 250 ms by second of the phase", overTargetBySecond(phase));
            }
            report.row(sustained.name + ", in the JVM", jvmSustained.toString());
            report.row(after.name + ", in the JVM", jvmAfter.toString());
            report.row("autovacuum and autoanalyze, seconds from the phase after the burst",
                    database.queryString(autovacuumSince(sustainedFrom, afterFrom)));
            report.row("reference: plain relay at " + RATE + "/s", floor);
            report.row("backlog when appends stopped", "%,d events not yet in the read model; %s drained in %.0f s",
                    backlog, unseen == 0 ? "all" : String.format("%,d", backlog - unseen), drainSeconds);
            report.row("read model throughput while draining", Report.perSecond((backlog - unseen) / drainSeconds));
            if (unseen > 0) {
                report.row("NOT in the read model", "%,d events after waiting %d s more; their lag counts as at least"
                        + " the time waited", unseen, DRAIN.toSeconds());
            }
            report.note("Reference = ReferenceRelay: insert and commit, relay thread sends (acks=all) and commits"
                    + " its position, a consumer of its own inserts the polled rows and commits; lag timed in the JVM"
                    + " at the consumer's commit, so without the watcher's polling delay.");
            report.note("On Kafka = when a consumer of its own (fetch.max.wait 5 ms) first read the event from the topic.");
            report.note("Lag = first poll (every %d ms, or 5x the query's time when longer, superuser connection)"
                    + " that returns the row minus the instant the append's commit returned; an upper bound, at most"
                    + " one poll interval plus one query late.", ReadModelWatcher.INTERVAL_MILLIS);
        }
    }

    /**
     * The floor (ReferenceRelay) at the sustained rate, on the same server and broker, right after the pipeline's
     * phases: a warm-up at half the rate, then 10 s measured.
     */
    private String referenceRelay(BenchDatabase database) throws Exception {
        try (ReferenceRelay relay = new ReferenceRelay(database, dataSource,
                environment.getProperty("spring.kafka.bootstrap-servers"))) {
            Load.paced(RATE / 2, Duration.ofSeconds(5), WORKERS, relay::append);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.unseen() == 0 || relay.failure() != null);
            Latencies lag = relay.measureFromNow();
            Load.Outcome appends = Load.paced(RATE, Duration.ofSeconds(10), WORKERS, relay::append);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.unseen() == 0 || relay.failure() != null);
            assertThat(relay.failure()).isNull();
            assertThat(appends.failures()).as("failed appends, first: %s", appends.firstFailure()).isZero();
            return String.format("%s achieved; lag %s", Report.perSecond(appends.perSecond()), lag.summary());
        }
    }

    /** Until every appended event is in the read model, or no more arrive for 10 s, or the time is up. */
    private static void awaitCaughtUp(ReadModelWatcher watcher, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        long[] last = {watcher.unseen(), System.nanoTime()};
        await().atMost(atMost.plusSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            long unseen = watcher.unseen();
            long now = System.nanoTime();
            if (unseen < last[0]) {
                last[0] = unseen;
                last[1] = now;
            }
            return unseen == 0 || watcher.failure() != null || now > deadline
                    || now - last[1] > Duration.ofSeconds(10).toNanos();
        });
    }

    private record Phase(String name, Load.Outcome appends, List<ReadModelWatcher.Tracked> tracked) {

        /** The publisher's part of the lag, for the events the topic watcher saw. */
        String published() {
            Latencies published = new Latencies();
            // The watcher may read an event a moment before the appending thread notes its commit.
            tracked.stream().filter(t -> t.published != 0 && t.committed != 0)
                    .forEach(t -> published.record(Math.max(0, t.published - t.committed)));
            return published.summary().toString();
        }

        /** Events never seen count with the lag they had when the benchmark stopped waiting. */
        String lag() {
            Latencies lag = new Latencies();
            long now = System.nanoTime();
            long unseen = 0;
            for (ReadModelWatcher.Tracked t : tracked) {
                if (t.seen == 0) {
                    unseen++;
                    lag.record(now - t.committed);
                } else {
                    lag.record(t.lagNanos());
                }
            }
            return lag.summary() + (unseen == 0 ? "" : String.format(" (%,d not seen: counted as 'until now')",
                    unseen));
        }
    }

    private Phase run(String name, int rate, Duration duration, Venues venues, Map<UUID, AtomicLong> sequences,
                      ReadModelWatcher watcher) throws InterruptedException {
        List<ReadModelWatcher.Tracked> tracked = java.util.Collections.synchronizedList(new ArrayList<>());
        Load.Outcome appends = Load.paced(rate, duration, WORKERS, i -> {
            Venues.Venue venue = venues.all().get((int) (i % venues.all().size()));
            UUID issueId = UUID.randomUUID();
            Instant observedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            ReadModelWatcher.Tracked t = watcher.expect(issueId, observedAt);
            append(venue, sequences, issueId, observedAt);
            t.committed = System.nanoTime();
            tracked.add(t);
        });
        assertThat(appends.failures()).as("failed appends, first: %s", appends.firstFailure()).isZero();
        return new Phase(name, appends, tracked);
    }

    /**
     * One append at a time per venue, as the aggregate lock of the command path would allow, in a transaction that
     * entered the venue's municipality, as a command's does: row-level security admits only its own events.
     */
    private void append(Venues.Venue venue, Map<UUID, AtomicLong> sequences, UUID issueId, Instant observedAt) {
        synchronized (venue) {
            long sequence = sequences.get(venue.venueId()).getAndIncrement();
            new InTenant(transaction, tenantScope).run(venue.tenantId(), () -> eventStore.publish(new GenericDomainEventMessage<>("Venue", venue.venueId().toString(), sequence,
                    new VenueIssueRegistered(venue.tenantId(), venue.venueId(), issueId, IssueCategory.OVERSERVING,
                            observedAt, IssueSource.POLICE, Venues.DESCRIPTION, Severity.MEDIUM),
                    Map.of("tenantId", venue.tenantId().toString(), "userId", "system",
                            "correlationId", issueId.toString(), "traceId", issueId.toString()))));
        }
    }

    /** How long after the burst ended the last event with a lag over the target was committed. */
    private static String afterBurstRecovery(Phase burst, Phase after) {
        long burstEnd = burst.tracked.stream().mapToLong(t -> t.committed).max().orElseThrow();
        long lastSlow = after.tracked.stream().filter(t -> t.seen == 0 || t.lagNanos() > TARGET_NANOS)
                .mapToLong(t -> t.committed).max().orElse(burstEnd);
        boolean never = after.tracked.stream().anyMatch(t -> t.seen == 0 || t.lagNanos() > TARGET_NANOS)
                && lastSlow == after.tracked.stream().mapToLong(t -> t.committed).max().orElse(0);
        return never ? "not within the 10 s after the burst"
                : String.format("%.1f s after the burst's last commit", Math.max(0, lastSlow - burstEnd) / 1e9);
    }

    /**
     * When in the phase the events over the target were committed, as "second: how many": a backlog shows at the
     * start, a slow spell of the machine or the database anywhere.
     */
    private static String overTargetBySecond(Phase phase) {
        long start = phase.tracked.stream().mapToLong(t -> t.committed).min().orElse(0);
        Map<Long, Long> bySecond = new TreeMap<>(phase.tracked.stream()
                .filter(t -> t.seen == 0 || t.lagNanos() > TARGET_NANOS)
                .collect(Collectors.groupingBy(t -> (t.committed - start) / 1_000_000_000L, Collectors.counting())));
        return bySecond.isEmpty() ? "none" : bySecond.entrySet().stream()
                .map(second -> second.getKey() + " s: " + second.getValue()).collect(Collectors.joining(", "));
    }

    /** The database server's clock, in epoch milliseconds. */
    private static long serverMillis(BenchDatabase database) throws java.sql.SQLException {
        return database.queryLong("select (extract(epoch from clock_timestamp()) * 1000)::bigint");
    }

    /**
     * Which tables autovacuum vacuumed or analysed since {@code since}, and when, in seconds from {@code origin}
     * (both server epoch milliseconds), and what it is still working on: its workers start on a schedule and
     * compete for the same two cores.
     */
    private static String autovacuumSince(long since, long origin) {
        return """
                select coalesce(string_agg(format('%%s %%s at %%s s', relname, kind,
                           round((extract(epoch from finished) * 1000 - %d) / 1000.0, 1)), ', ' order by finished), 'none')
                from (select relname, 'vacuum' kind, last_autovacuum finished from pg_stat_all_tables
                      union all
                      select relname, 'analyze', last_autoanalyze from pg_stat_all_tables
                      union all
                      select query, 'still running, started', xact_start from pg_stat_activity
                      where backend_type = 'autovacuum worker') done
                where finished >= to_timestamp(%d / 1000.0) or kind like 'still%%'
                """.formatted(origin, since);
    }

    /** The consumers' batches during a phase: how many, how large on average, and how long each took. */
    private static void reportBatches(Report report, Phase phase, Map<String, double[]> batches) {
        batches.forEach((group, counts) -> report.row(phase.name + ", batches of " + group,
                "%,.0f, %.1f records each (appended in the phase / batches), %.1f ms each (listener call: apply,"
                        + " commit)", counts[0], phase.appends.operations() / Math.max(1, counts[0]),
                counts[1] / Math.max(1, counts[0])));
    }

    /** Polled batches handed to each consumer group's listener so far, and the milliseconds they took. */
    private Map<String, double[]> consumerBatches() {
        Map<String, double[]> byGroup = new TreeMap<>();
        for (Timer timer : meters.find("spring.kafka.listener").timers()) {
            String name = timer.getId().getTag("name");
            if (name != null) {
                double[] batches = byGroup.computeIfAbsent(name.replaceAll("-\\d+$", ""), group -> new double[2]);
                batches[0] += timer.count();
                batches[1] += timer.totalTime(TimeUnit.MILLISECONDS);
            }
        }
        return byGroup;
    }

    private static Map<String, double[]> since(Map<String, double[]> before, Map<String, double[]> now) {
        Map<String, double[]> difference = new TreeMap<>();
        now.forEach((group, batches) -> {
            double[] earlier = before.getOrDefault(group, new double[2]);
            difference.put(group, new double[] {batches[0] - earlier[0], batches[1] - earlier[1]});
        });
        return difference;
    }
}
