package forum.projections.runtime;

import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMethod;
import forum.core.meeting.MeetingCancelled;
import forum.core.municipality.Country;
import forum.core.network.NetworkCreated;
import forum.core.network.NetworkEvent;
import forum.projections.casetimeline.CaseTimelines;
import forum.projections.forum.Forums;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.support.MunicipalityStory;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Through the broker: both consumer groups read the topic, and a broken record is set aside, not stuck on. */
@ProjectionsIntegrationTest
class KafkaToReadModelsIT {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    ObjectMapper json;

    @Autowired
    Forums forums;

    @Autowired
    CaseTimelines timelines;

    @Autowired
    NetworkStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SequenceGaps gaps;

    @Value("${forum.kafka.topics.domain-events:forum.domain-events}")
    String topic;

    @Value("${forum.kafka.topics.dead-letters:forum.domain-events.dead-letters}")
    String deadLetters;

    final Instant t0 = Instant.parse("2026-10-01T08:00:00Z");

    @Test
    void eventsOnTheTopicReachTheReadModelsAndTheNetworkStatistics() {
        Streams streams = new Streams(json);
        UUID network = UUID.randomUUID();
        MunicipalityStory story = new MunicipalityStory("Gamma");
        send(streams.next(null, network, t0, new NetworkCreated(network, "Nätverket", Country.SE)));
        story.events(streams, network, t0).forEach(this::send);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(forums.detail(story.tenant, story.forum)).isPresent();
            assertThat(timelines.timeline(story.tenant, story.venue, false)).hasSize(5);
            assertThat(statistics.memberships(story.tenant)).singleElement()
                    .satisfies(membership -> assertThat(membership.networkName()).isEqualTo("Nätverket"));
        });
    }

    /**
     * Sent back to back, the records usually arrive in one polled batch, which then fails as a whole. The forged
     * record's aggregate goes on: its next event is applied, not held behind the record set aside.
     */
    @Test
    void aBrokenRecordGoesToTheDeadLetterTopicAndTheRecordsAroundItAreApplied() {
        Streams streams = new Streams(json);
        UUID tenant = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID forum = UUID.randomUUID();
        String garbage = "not a cloud event " + UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        DomainEventRecord forged = streams.next(tenant, meeting, t0,
                new MeetingCancelled(UUID.randomUUID(), UUID.randomUUID(), "Fel kommun i nyttolasten"));
        // The aggregate's next event: applied, not held behind the record set aside.
        DomainEventRecord after = streams.next(tenant, meeting, t0,
                new MeetingCancelled(tenant, meeting, "Rätt kommun"));
        send(streams.next(tenant, before, t0, new ForumEstablished(tenant, before, "Före felet", ForumMethod.OTHER, 4)));
        kafka.send(topic, tenant.toString(), garbage);
        send(forged);
        send(after);
        send(streams.next(tenant, forum, t0, new ForumEstablished(tenant, forum, "Efter felet", ForumMethod.OTHER, 4)));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(forums.detail(tenant, forum)).isPresent());
        assertThat(jdbc.sql("select max(last_sequence) from projection_position where aggregate_id = :meeting "
                        + "and projection <> 'dead-lettered'").param("meeting", meeting.toString())
                .query(Long.class).single()).as("the forged record's successor applied").isEqualTo(after.sequence());
        assertThat(gaps.open()).doesNotContainKey(meeting.toString());
        assertThat(forums.detail(tenant, before)).isPresent();
        List<String> setAside = new ArrayList<>();
        Properties fromStart = new Properties();
        fromStart.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (Consumer<String, String> consumer = consumers.createConsumer("dead-letters-" + UUID.randomUUID(), null,
                null, fromStart)) {
            consumer.subscribe(List.of(deadLetters));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    setAside.add(record.value());
                }
                assertThat(setAside).contains(garbage);
                assertThat(setAside).anyMatch(value -> value.contains(forged.id()));
            });
        }
    }

    private void send(DomainEventRecord record) {
        // Keyed like the publisher keys: a network's own events by the network, the rest by the tenant.
        boolean networkEvent = NetworkEvent.class.isAssignableFrom(DomainEventTypes.byName(record.eventName()));
        String key = networkEvent ? "network:" + record.subject() : record.tenantId().toString();
        kafka.send(topic, key, CloudEventEnvelope.write(json, record)).join();
    }
}
