package forum.projections.networkstatistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.MunicipalityLeftNetwork;
import forum.core.shared.DomainEvent;
import forum.projections.stream.DomainEventRecord;
import forum.projections.stream.DomainEventTypes;
import forum.projections.stream.EventTenancy;
import forum.projections.stream.Projection;
import forum.projections.stream.ProjectionDispatcher;
import forum.projections.stream.ProjectionPositions;
import forum.projections.stream.RecordBatches;
import forum.projections.lag.ConsumerProgress;
import forum.projections.tenancy.TenantScope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Feeds the network statistics from the domain-events topic in a consumer group of its own, so a rebuild of
 * the statistics does not hold back the municipalities' read models, nor the other way round. Same pattern:
 * one transaction per polled batch, positions advanced in it, each row's tenant set. A membership event of the
 * cross-tenant network is written under the tenant of the municipality that joins or leaves.
 */
@Component
public class NetworkStatisticsConsumer {

    public static final String GROUP = "forum-network-statistics";

    private final ProjectionDispatcher dispatcher;
    private final TenantScope tenantScope;
    private final ObjectMapper json;
    private final ConsumerProgress progress;
    private final RecordBatches batches;

    public NetworkStatisticsConsumer(List<Projection> projections, ProjectionPositions positions,
                                     TenantScope tenantScope, ObjectMapper json, ConsumerProgress progress, RecordBatches batches) {
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
        UUID tenant = EventTenancy.isTenantEvent(event) ? EventTenancy.verifiedTenant(record, event) : memberOf(event);
        tenantScope.select(tenant);
        dispatcher.dispatch(event, record);
        progress.applied(GROUP, record.time());
    }

    private static UUID memberOf(DomainEvent event) {
        if (event instanceof MunicipalityJoinedNetwork joined) {
            return joined.tenantId();
        }
        if (event instanceof MunicipalityLeftNetwork left) {
            return left.tenantId();
        }
        return null;
    }
}
