package forum.api.publishing;

import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publisher stores its place only past what Kafka acknowledged, one instance publishes at a time, a
 * stopped one hands over at once, and how far it is behind is a metric. The application's own loop plays the
 * first instance.
 */
@ForumIntegrationTest
class PublisherLoopIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    PublisherLoop publisher;

    @Autowired
    EventStore eventStore;

    @Autowired
    KafkaEventPublisher kafka;

    @Autowired
    PublisherPosition position;

    @Autowired
    PublisherLag lag;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    private PublisherLoop second;

    @AfterEach
    void onlyTheApplicationsOwnLoopRuns() {
        if (second != null) {
            second.stop();
        }
        if (!publisher.isRunning()) {
            publisher.start();
        }
    }

    @Test
    void thePositionMovesPastEveryStoredEventOnceKafkaHasIt() {
        UUID tenant = SignUps.signUp(http).tenantId();

        long newest = newestEventOf(tenant);
        await().atMost(WITHIN).until(() -> publishedUpTo() >= newest);
    }

    @Test
    void whileOneInstancePublishesAnotherWaitsAndTakesOverWhenItStops() {
        await().atMost(WITHIN).until(() -> owner() != null);
        String first = owner();
        second = new PublisherLoop(eventStore, kafka, position, true);
        second.start();
        await("the lease stays with its holder while it renews it")
                .during(PublisherLoop.LEASE.dividedBy(2)).atMost(PublisherLoop.LEASE)
                .until(() -> first.equals(owner()));

        publisher.stop();
        UUID tenant = SignUps.signUp(http).tenantId();

        await().atMost(WITHIN).until(() -> publishedUpTo() >= newestEventOf(tenant));
        assertThat(owner()).as("the lease, handed over").isNotEqualTo(first);
    }

    @Test
    void eventsStoredWhileNoInstancePublishesArePublishedFromTheStoredPosition() {
        publisher.stop();
        long before = publishedUpTo();
        UUID tenant = SignUps.signUp(http).tenantId();
        long stored = newestEventOf(tenant);
        assertThat(publishedUpTo()).isEqualTo(before).isLessThan(stored);
        assertThat(lag.measure()).as("events behind, reported").isGreaterThanOrEqualTo(stored - before);

        publisher.start();

        await().atMost(WITHIN).until(() -> publishedUpTo() >= stored);
        await().atMost(WITHIN).until(() -> lag.measure() == 0);
        assertThat(meters.get("forum.publisher.events.behind").gauge().value()).isZero();
    }

    private long newestEventOf(UUID tenant) {
        return relay.jdbc().sql("""
                        select max(global_index) from domain_event_entry
                        where convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' = :tenant
                        """)
                .param("tenant", tenant.toString()).query(Long.class).single();
    }

    private long publishedUpTo() {
        return jdbc.sql("select coalesce(global_index, -1) from publisher_position").query(Long.class).single();
    }

    private String owner() {
        return jdbc.sql("select owner from publisher_position").query(String.class).optional().orElse(null);
    }
}
