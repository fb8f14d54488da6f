package forum.projections.runtime;

import forum.projections.contract.DomainEventRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, per projection and aggregate, the last event sequence applied. Called inside the
 * transaction that changes the read model, so the position and the change commit or roll back together.
 *
 * <p>Within a transaction the positions are read once per aggregate and written with the read models' inserts
 * (ReadModelWrites, GatheredRows), for all the events the transaction applied: a consumer applying a polled batch
 * in one transaction then spends one statement on reading its positions and none of its own on writing them,
 * instead of one per event and projection. Events of one aggregate come through one partition, so one consumer
 * thread, so no two transactions move the same position at once; the write still keeps the greater sequence.
 */
@Component
public class ProjectionPositions {

    private static final String UPSERT = """
            insert into projection_position (projection, aggregate_id, last_sequence)
            select * from unnest(cast(:position_projections as varchar[]), cast(:position_aggregates as varchar[]),
                                 cast(:position_sequences as bigint[]))
            on conflict (projection, aggregate_id) do update
                set last_sequence = greatest(projection_position.last_sequence, excluded.last_sequence)
            """;

    private final JdbcClient jdbc;
    private final ReadModelWrites writes;

    public ProjectionPositions(JdbcClient jdbc, ReadModelWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** Records the event as applied; false when this projection has already applied it (a redelivery). */
    boolean advance(String projection, DomainEventRecord event) {
        Pending pending = pending();
        Long last = pending.lastApplied(projection, event.subject());
        if (last != null && last >= event.sequence()) {
            return false;
        }
        pending.applied(projection, event.subject(), event.sequence());
        return true;
    }

    /** The greatest sequence of the aggregate that any projection applied; -1 before its first event. */
    public long lastApplied(String aggregate) {
        return pending().positionsOf(aggregate).values().stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /**
     * Reads the positions of these aggregates in one statement, for the events about to be applied in this
     * transaction; without it they are read one aggregate at a time, as events come.
     */
    void prefetch(Collection<String> aggregates) {
        Pending pending = pending();
        String[] unread = aggregates.stream().distinct().filter(a -> !pending.stored.containsKey(a))
                .toArray(String[]::new);
        if (unread.length == 0) {
            return;
        }
        for (String aggregate : unread) {
            pending.stored.put(aggregate, new HashMap<>());
        }
        jdbc.sql("""
                        select aggregate_id, projection, last_sequence from projection_position
                        where aggregate_id = any(:aggregates)
                        """)
                .param("aggregates", unread)
                .query(row -> {
                    pending.stored.get(row.getString("aggregate_id"))
                            .put(row.getString("projection"), row.getLong("last_sequence"));
                });
    }

    private Pending pending() {
        return writes.gathered(this, Pending::new);
    }

    /** The positions this transaction has read (by aggregate, then projection) and changed since the last flush. */
    private final class Pending implements GatheredRows {

        final Map<String, Map<String, Long>> stored = new HashMap<>();
        final Map<String, Map<String, Long>> changed = new HashMap<>();

        Long lastApplied(String projection, String aggregate) {
            return positionsOf(aggregate).get(projection);
        }

        Map<String, Long> positionsOf(String aggregate) {
            return stored.computeIfAbsent(aggregate, this::read);
        }

        void applied(String projection, String aggregate, long sequence) {
            stored.get(aggregate).put(projection, sequence);
            changed.computeIfAbsent(projection, name -> new HashMap<>()).put(aggregate, sequence);
        }

        private Map<String, Long> read(String aggregate) {
            Map<String, Long> byProjection = new HashMap<>();
            jdbc.sql("select projection, last_sequence from projection_position where aggregate_id = :aggregate")
                    .param("aggregate", aggregate)
                    .query(row -> {
                        byProjection.put(row.getString("projection"), row.getLong("last_sequence"));
                    });
            return byProjection;
        }

        @Override
        public Optional<Upsert> drain() {
            Columns columns = Columns.of(changed);
            changed.clear();
            return columns.size() == 0 ? Optional.empty()
                    : Optional.of(new Upsert(UPSERT, columns.parameters(), List.of()));
        }
    }

    /**
     * After a rebuild replayed these aggregates from their first event: their positions become exactly
     * {@code lastApplied} (projection -> aggregate -> last sequence), in two statements for all of them.
     */
    public void replace(Collection<String> aggregates, Map<String, Map<String, Long>> lastApplied) {
        jdbc.sql("delete from projection_position where aggregate_id = any(:aggregates)")
                .param("aggregates", aggregates.toArray(String[]::new))
                .update();
        Columns columns = Columns.of(lastApplied);
        if (columns.size() > 0) {
            jdbc.sql(UPSERT).params(columns.parameters().getValues()).update();
        }
    }

    /** Positions as three parallel arrays, for unnest. */
    private record Columns(String[] projections, String[] aggregates, Long[] sequences) {

        static Columns of(Map<String, Map<String, Long>> lastApplied) {
            int size = lastApplied.values().stream().mapToInt(Map::size).sum();
            Columns columns = new Columns(new String[size], new String[size], new Long[size]);
            int i = 0;
            for (var projection : lastApplied.entrySet()) {
                for (var aggregate : projection.getValue().entrySet()) {
                    columns.projections[i] = projection.getKey();
                    columns.aggregates[i] = aggregate.getKey();
                    columns.sequences[i++] = aggregate.getValue();
                }
            }
            return columns;
        }

        int size() {
            return sequences.length;
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource().addValue("position_projections", projections)
                    .addValue("position_aggregates", aggregates).addValue("position_sequences", sequences);
        }
    }
}
