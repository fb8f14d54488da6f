package forum.api.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.eventstore.EventMetadata;
import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
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
 * Sends stored events to the domain-events topic, keyed by PartitionKey so that each key's events stay in
 * event-store order (PublisherLoop).
 */
@Component
class KafkaEventPublisher {

    private static final int PARALLEL_FROM = 50;

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
     * Sends the events without waiting between them; the result completes when Kafka has acknowledged all of
     * them, or fails with the first that it could not take. Kafka keeps the order of one key's records
     * (idempotent producer, at most 5 requests in flight per connection).
     */
    CompletableFuture<Void> send(List<? extends EventMessage<?>> events) {
        // Writing the records is most of the work; a large batch (a burst) is written on every core, then sent
        // in the store's order.
        List<ProducerRecord<String, String>> records = (events.size() >= PARALLEL_FROM
                ? events.parallelStream() : events.stream()).map(this::recordOf).toList();
        List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(records.size());
        records.forEach(record -> acks.add(kafka.send(record)));
        return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
    }

    private ProducerRecord<String, String> recordOf(EventMessage<?> event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, PartitionKey.of(event),
                CloudEventEnvelope.write(json, toRecord(event)));
        record.headers().add(new RecordHeader("content-type",
                CloudEventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Waits for {@link #send}'s acknowledgements; a failure or a minute without them is a PublishingFailedException. */
    static void await(CompletableFuture<Void> acknowledged) {
        try {
            acknowledged.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishingFailedException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            // Sent again from the stored position; the consumers skip what they have applied already.
            throw new PublishingFailedException("Kafka did not acknowledge a batch of events", e);
        }
    }

    /**
     * The payload goes on as the JSON stored in the event store (read by the same serializer), so the publisher
     * does not turn every event into a Java object and back into JSON.
     */
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
}
