package forum.projections.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.shared.DomainEvent;
import forum.projections.lag.ConsumerProgress;
import forum.projections.tenancy.TenantScope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Feeds every per-tenant read model from the domain-events topic. Each polled batch is applied in one database
 * transaction together with the projections' positions (RecordBatches), so a redelivered record changes nothing.
 */
@Component
public class ReadModelConsumer {

    public static final String GROUP = "forum-read-models";

    private final ProjectionDispatcher dispatcher;
    private final TenantScope tenantScope;
    private final ObjectMapper json;
    private final ConsumerProgress progress;
    private final RecordBatches batches;

    public ReadModelConsumer(List<Projection> projections, ProjectionPositions positions, TenantScope tenantScope,
                             ObjectMapper json, ConsumerProgress progress, RecordBatches batches) {
        this.dispatcher = new ProjectionDispatcher(GROUP, projections, positions);
        this.tenantScope = tenantScope;
        this.json = json;
        this.progress = progress;
        this.batches = batches;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = "${forum.kafka.topics.domain-events:forum.domain-events}",
            batch = "true", concurrency = "${forum.kafka.consumers.concurrency:2}")
    public void consume(List<ConsumerRecord<String, String>> messages) {
        batches.apply(messages, dispatcher, this::apply);
    }

    /** One record: in the batch's transaction (or a transaction of its own), its tenant selected, every projection. */
    @Transactional
    public void apply(DomainEventRecord record) {
        DomainEvent event = DomainEventTypes.read(json, record);
        UUID tenant = EventTenancy.verifiedTenant(record, event);
        tenantScope.select(tenant);
        dispatcher.dispatch(event, record);
        progress.applied(GROUP, record.time());
    }
}
