package forum.api.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contract between the publisher and every consumer, read with the CloudEvents SDK: structured
 * JSON CloudEvents 1.0, keyed by tenant, with the event store's identity, order and metadata.
 */
@ForumIntegrationTest
class PublishedEventContractIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Autowired
    ObjectMapper json;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void everyStoredEventIsPublishedAsACloudEventKeyedByItsTenant() throws Exception {
        String code = String.format("%04d", ThreadLocalRandom.current().nextInt(1000, 10000));
        JsonNode signedUp = http.postForObject("/api/v1/municipalities", Map.of(
                "name", "Kontraktby " + code, "country", "NO", "officialCode", code,
                "coordinatorName", "Kari Koordinator", "coordinatorEmail", "kari-" + code + "@example.no",
                "coordinatorPassword", "a long enough password"), JsonNode.class);
        String tenantId = signedUp.get("tenantId").asText();
        String eventId = relay.jdbc().sql("select event_identifier from domain_event_entry where aggregate_identifier = :k")
                .param("k", "NO-" + code).query(String.class).single();

        ConsumerRecord<String, byte[]> record = awaitRecordWithKey(tenantId);
        EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        CloudEvent event = format.deserialize(record.value());

        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isEqualTo(eventId);
        assertThat(event.getSource()).isEqualTo(URI.create("urn:forum:event-store"));
        assertThat(event.getType()).isEqualTo("forum.municipality.MunicipalitySignedUp.v1");
        assertThat(event.getSubject()).isEqualTo("NO-" + code);
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("tenant")).isEqualTo(tenantId);
        assertThat(event.getExtension("sequence")).hasToString("0");
        assertThat(event.getExtension("actor")).isEqualTo("anonymous");
        assertThat(event.getExtension("correlationid")).isNotNull();
        JsonNode data = json.readTree(event.getData().toBytes());
        assertThat(data.get("name").asText()).isEqualTo("Kontraktby " + code);
        assertThat(data.get("country").asText()).isEqualTo("NO");
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
    }

    private ConsumerRecord<String, byte[]> awaitRecordWithKey(String key) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "contract-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("forum.domain-events"));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }
}
