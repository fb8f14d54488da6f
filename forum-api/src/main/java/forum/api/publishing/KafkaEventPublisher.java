package forum.api.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.eventstore.EventMetadata;
import forum.projections.stream.CloudEventEnvelope;
import forum.projections.stream.DomainEventRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event to the domain-events topic, at least once and in event-store order per key.
 * Records of one batch are sent without waiting, then the batch waits for all acknowledgements before its
 * unit of work commits: the processor's token only advances past events Kafka has acknowledged.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_ACKS = KafkaEventPublisher.class.getName() + ".pendingAcks";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final Serializer eventSerializer;
    private final String topic;

    KafkaEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper json,
                        @Qualifier("eventSerializer") Serializer eventSerializer,
                        @Value("${forum.kafka.topics.domain-events:forum.domain-events}") String topic) {
        this.kafka = kafka;
        this.json = json;
        this.eventSerializer = eventSerializer;
        this.topic = topic;
    }

    /**
     * Takes the message, not its payload: the payload goes on as the JSON stored in the event store (read by the
     * same serializer), so the publisher does not turn every event into a Java object and back into JSON.
     */
    @EventHandler
    void publish(EventMessage<?> event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, PartitionKey.of(event),
                CloudEventEnvelope.write(json, toRecord(event)));
        record.headers().add(new RecordHeader("content-type",
                CloudEventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        pendingAcks().add(kafka.send(record));
    }

    private DomainEventRecord toRecord(EventMessage<?> event) {
        String subject = event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : event.getIdentifier();
        long sequence = event instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0;
        Object tenant = event.getMetaData().get(EventMetadata.TENANT);
        Object actor = event.getMetaData().get(EventMetadata.ACTOR);
        Object correlation = event.getMetaData().get(EventMetadata.CORRELATION);
        return new DomainEventRecord(event.getIdentifier(), typeOf(event.getPayloadType()), subject, sequence,
                tenant == null ? null : UUID.fromString(tenant.toString()), event.getTimestamp(),
                actor == null ? null : actor.toString(), correlation == null ? null : correlation.toString(),
                event.serializePayload(eventSerializer, JsonNode.class).getData());
    }

    static String typeOf(Class<?> eventType) {
        Revision revision = eventType.getAnnotation(Revision.class);
        return CloudEventEnvelope.type(eventType.getName(), revision == null ? null : revision.value());
    }

    private static List<CompletableFuture<SendResult<String, String>>> pendingAcks() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_ACKS, key -> {
            List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAll(acks));
            return acks;
        });
    }

    private static void awaitAll(List<CompletableFuture<SendResult<String, String>>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishingFailedException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            // The batch rolls back and is retried from the stored token; consumers ignore the duplicates.
            throw new PublishingFailedException("Kafka did not acknowledge a batch of events", e);
        }
    }
}
