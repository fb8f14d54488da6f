package forum.projections.runtime;

import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A broken record, set aside on the dead-letter topic, is a known hole and not a gap: its aggregate's position
 * moves past it (as the projection {@value #POSITION}), so the aggregate's next event is applied rather than held
 * behind it for good (SequenceGapException). The record is logged with its error and kept on the topic; a rebuild
 * replays its event from the store, and replaces the position.
 */
@Component
class DeadLetters {

    static final String POSITION = "dead-lettered";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DeadLetters(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void setAside(ConsumerRecord<?, ?> record, Exception error) {
        if (!(record.value() instanceof String value)) {
            return;
        }
        DomainEventRecord event;
        try {
            event = CloudEventEnvelope.read(json, value);
        } catch (RuntimeException unreadable) {
            // No aggregate to name: nothing can be held behind it either.
            return;
        }
        log.error("Event {} (aggregate {}, sequence {}) is set aside on the dead-letter topic and not applied",
                event.id(), event.subject(), event.sequence(), error);
        jdbc.sql("""
                        insert into projection_position (projection, aggregate_id, last_sequence)
                        values (:projection, :aggregate, :sequence)
                        on conflict (projection, aggregate_id) do update
                            set last_sequence = greatest(projection_position.last_sequence, excluded.last_sequence)
                        """)
                .param("projection", POSITION)
                .param("aggregate", event.subject())
                .param("sequence", event.sequence())
                .update();
    }
}
