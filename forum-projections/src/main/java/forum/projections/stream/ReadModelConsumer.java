package forum.projections.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.shared.DomainEvent;
import forum.projections.tenancy.TenantScope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Feeds every per-tenant read model from the domain-events topic. Each record is applied in one database
 * transaction together with the projections' positions, so a redelivered record changes nothing.
 */
@Component
public class ReadModelConsumer {

    public static final String GROUP = "forum-read-models";

    private final List<Projection> projections;
    private final ProjectionPositions positions;
    private final TenantScope tenantScope;
    private final ObjectMapper json;

    public ReadModelConsumer(List<Projection> projections, ProjectionPositions positions, TenantScope tenantScope,
                             ObjectMapper json) {
        this.projections = projections;
        this.positions = positions;
        this.tenantScope = tenantScope;
        this.json = json;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = "${forum.kafka.topics.domain-events:forum.domain-events}")
    @Transactional
    public void consume(ConsumerRecord<String, String> message) {
        DomainEventRecord record = CloudEventEnvelope.read(json, message.value());
        DomainEvent event = DomainEventTypes.read(json, record);
        if (record.tenantId() != null) {
            tenantScope.enter(record.tenantId());
        }
        for (Projection projection : projections) {
            if (projection.handles(event.getClass()) && positions.advance(projection.name(), record)) {
                projection.apply(event, record);
            }
        }
    }
}
