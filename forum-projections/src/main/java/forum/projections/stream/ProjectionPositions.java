package forum.projections.stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
}
