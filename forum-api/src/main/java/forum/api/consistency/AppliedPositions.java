package forum.api.consistency;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the projections have applied a position, from the positions they store with every change
 * (forum-projections' ProjectionPositions): all projections apply an event in one transaction, and every event type
 * is read by some projection, so an aggregate's greatest position over its projections is its last event applied.
 * The table holds no tenant's data (aggregate ids and numbers) and has no row-level security.
 */
final class AppliedPositions {

    private final JdbcClient jdbc;
    private final Duration pollInterval;

    AppliedPositions(JdbcClient jdbc, Duration pollInterval) {
        this.jdbc = jdbc;
        this.pollInterval = pollInterval;
    }

    /**
     * Waits until the position is applied or the time is up, asking the database once per poll interval (one
     * statement on the positions' primary key, no connection held in between); true when applied.
     */
    boolean await(Position position, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Position left = position;
        while (true) {
            left = left.beyond(lastApplied(left));
            long remaining = deadline - System.nanoTime();
            if (left.isEmpty() || remaining <= 0) {
                return left.isEmpty();
            }
            LockSupport.parkNanos(Math.min(remaining, pollInterval.toNanos()));
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
    }

    private Map<String, Long> lastApplied(Position position) {
        Map<String, Long> applied = new HashMap<>();
        jdbc.sql("""
                        select aggregate_id, max(last_sequence) as last_sequence from projection_position
                        where aggregate_id = any(:aggregates) group by aggregate_id
                        """)
                .param("aggregates", position.sequences().keySet().toArray(String[]::new))
                .query(row -> {
                    applied.put(row.getString("aggregate_id"), row.getLong("last_sequence"));
                });
        return applied;
    }
}
