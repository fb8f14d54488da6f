package forum.api.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Notes when each expected venue issue becomes visible in the venue register (table venue_issue): one
 * connection, as superuser so one query sees all tenants, asks every {@link #INTERVAL_MILLIS} ms for the rows
 * observed since the oldest issue not yet seen (index venue_issue_by_time). An issue counts as visible at
 * the start of the first query that returns it: at most one interval plus one query later than it became
 * visible. The interval grows with the query's own duration while a backlog makes the query long.
 */
final class ReadModelWatcher implements AutoCloseable {

    static final long INTERVAL_MILLIS = 5;

    /** One appended issue: when its append committed and when the read model first showed it (nanoTime). */
    static final class Tracked {
        final Instant observedAt;
        volatile long committed;
        /** When it was first read from the topic (TopicWatcher), 0 until then. */
        volatile long published;
        volatile long seen;

        Tracked(Instant observedAt) {
            this.observedAt = observedAt;
        }

        long lagNanos() {
            return seen - committed;
        }
    }

    private final Map<UUID, Tracked> expected = new ConcurrentHashMap<>();
    /** In the order expected, which is the order of observedAt up to the few milliseconds threads race. */
    private final Queue<Tracked> unseenInOrder = new ConcurrentLinkedQueue<>();
    private final Connection connection;
    private final List<UUID> tenants;
    private final Thread poller;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean running = true;
    private volatile Instant since = Instant.now().minusSeconds(1);

    ReadModelWatcher(BenchDatabase database, List<UUID> tenants) throws SQLException {
        this.connection = database.asSuperuser();
        this.tenants = tenants;
        this.poller = new Thread(this::poll, "bench-read-model-watcher");
        poller.setDaemon(true);
        poller.start();
    }

    Tracked expect(UUID issueId, Instant observedAt) {
        Tracked tracked = new Tracked(observedAt);
        expected.put(issueId, tracked);
        unseenInOrder.add(tracked);
        return tracked;
    }

    /** Every expected issue by its id, for the TopicWatcher to mark. */
    Map<UUID, Tracked> expected() {
        return expected;
    }

    long unseen() {
        return expected.values().stream().filter(tracked -> tracked.seen == 0).count();
    }

    Exception failure() {
        return failure.get();
    }

    private void poll() {
        try (PreparedStatement query = connection.prepareStatement(
                "select issue_id from venue_issue where tenant_id = any(?) and observed_at >= ?")) {
            Array tenantIds = connection.createArrayOf("uuid", tenants.toArray());
            long interval = TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS);
            while (running) {
                long started = System.nanoTime();
                query.setArray(1, tenantIds);
                query.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Tracked tracked = expected.get(rows.getObject(1, UUID.class));
                        if (tracked != null && tracked.seen == 0) {
                            tracked.seen = started;
                        }
                    }
                }
                Tracked oldest;
                while ((oldest = unseenInOrder.peek()) != null && oldest.seen != 0) {
                    unseenInOrder.poll();
                }
                if (oldest != null) {
                    since = oldest.observedAt.minusSeconds(1);
                }
                // With a backlog the query returns every row since the oldest unseen issue, which grows: waiting
                // four times its duration keeps the watcher under a fifth of a core, so that it does not slow
                // the pipeline it measures. Its resolution then is that much coarser, against lags of seconds.
                long took = System.nanoTime() - started;
                long wait = started + Math.max(interval, 5 * took) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        } catch (SQLException e) {
            failure.set(e);
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        poller.join(TimeUnit.SECONDS.toMillis(10));
        connection.close();
    }
}
