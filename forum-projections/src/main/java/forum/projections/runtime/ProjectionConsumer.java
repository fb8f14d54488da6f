package forum.projections.runtime;

import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.EventTenancy;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.shared.DomainEvent;
import forum.projections.contract.SealedValues;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Feeds every projection, the municipalities' read models and the network statistics, from the domain-events
 * topic. Each polled batch is applied in one database transaction together with the projections' positions
 * (RecordBatches), so a redelivered record changes nothing.
 *
 * <p>One consumer group for all projections, the network statistics included: each record is fetched, parsed and
 * its aggregate's positions read once, and a batch costs one commit; a group per projection would repeat that work
 * for every event. A rebuild pauses all projections alike.
 *
 * <p>An API instance that leaves the read models to projection workers runs none
 * ({@code forum.run.projections=false}, README).
 */
@Component
public class ProjectionConsumer {

    /**
     * The group whose offsets Kafka keeps for the projections; the workers share it. A group of another name starts
     * from the topic's beginning (auto-offset-reset), and the positions skip what was applied already.
     */
    public static final String GROUP = "forum-projections";

    private final ProjectionDispatcher dispatcher;
    private final TenantScope tenantScope;
    private final ObjectMapper json;
    private final ConsumerProgress progress;
    private final RecordBatches batches;
    private final SealedValues sealedValues;

    public ProjectionConsumer(List<Projection> projections, ProjectionPositions positions, TenantScope tenantScope,
                              ObjectMapper json, ConsumerProgress progress, RecordBatches batches,
                              SequenceGaps gaps, SealedValues sealedValues) {
        this.dispatcher = new ProjectionDispatcher(projections, positions, gaps);
        this.tenantScope = tenantScope;
        this.json = json;
        this.progress = progress;
        this.batches = batches;
        this.sealedValues = sealedValues;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = "${forum.kafka.topics.domain-events:forum.domain-events}",
            batch = "true", concurrency = "${forum.kafka.consumers.concurrency:2}",
            autoStartup = "${forum.run.projections:true}")
    public void consume(List<ConsumerRecord<String, String>> messages) {
        batches.apply(messages, dispatcher, this::applyOpened);
    }

    /** One record: in the batch's transaction (or a transaction of its own), its tenant selected, every projection. */
    @Transactional
    public void apply(DomainEventRecord sealed) {
        applyOpened(sealedValues.opened(sealed));
    }

    private void applyOpened(DomainEventRecord record) {
        DomainEvent event = DomainEventTypes.read(json, record);
        UUID tenant = EventTenancy.rowsTenant(record, event);
        tenantScope.select(tenant);
        dispatcher.dispatch(event, record);
        progress.applied(GROUP, record.time());
    }
}
