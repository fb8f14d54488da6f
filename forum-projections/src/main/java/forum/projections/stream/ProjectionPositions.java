package forum.projections.stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;

/**
 * Remembers, per projection and aggregate, the last event sequence applied. Called inside the
 * transaction that changes the read model, so the position and the change commit or roll back together.
 */
@Component
public class ProjectionPositions {

    private final JdbcClient jdbc;

    public ProjectionPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as applied; false when this projection has already applied it (a redelivery). */
    public boolean advance(String projection, DomainEventRecord event) {
        return jdbc.sql("""
                        insert into projection_position (projection, aggregate_id, last_sequence)
                        values (:projection, :aggregate, :sequence)
                        on conflict (projection, aggregate_id) do update set last_sequence = excluded.last_sequence
                        where projection_position.last_sequence < excluded.last_sequence
                        """)
                .param("projection", projection)
                .param("aggregate", event.subject())
                .param("sequence", event.sequence())
                .update() == 1;
    }

    /**
     * After a rebuild replayed these aggregates from their first event: their positions become exactly
     * {@code lastApplied} (projection -> aggregate -> last sequence), in two statements for all of them.
     */
    public void replace(Collection<String> aggregates, Map<String, Map<String, Long>> lastApplied) {
        jdbc.sql("delete from projection_position where aggregate_id = any(:aggregates)")
                .param("aggregates", aggregates.toArray(String[]::new))
                .update();
        int size = lastApplied.values().stream().mapToInt(Map::size).sum();
        String[] projections = new String[size];
        String[] aggregateIds = new String[size];
        Long[] sequences = new Long[size];
        int i = 0;
        for (var projection : lastApplied.entrySet()) {
            for (var aggregate : projection.getValue().entrySet()) {
                projections[i] = projection.getKey();
                aggregateIds[i] = aggregate.getKey();
                sequences[i++] = aggregate.getValue();
            }
        }
        jdbc.sql("""
                        insert into projection_position (projection, aggregate_id, last_sequence)
                        select * from unnest(cast(:projections as varchar[]), cast(:aggregates as varchar[]),
                                             cast(:sequences as bigint[]))
                        """)
                .param("projections", projections)
                .param("aggregates", aggregateIds)
                .param("sequences", sequences)
                .update();
    }
}
