package forum.api.lag;

import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.projections.runtime.ConsumerLag;
import forum.projections.runtime.ProjectionConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each consumer group's lag is a metric: records behind, and the age of the last event it applied. */
@ForumIntegrationTest
class ConsumerLagIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConsumerLag lag;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CommandGateway commands;

    @Test
    void recordsBehindReturnToZeroAndTheLastAppliedEventHasAnAge() {
        SignUps.signUp(http);

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            var behind = lag.measure();
            assertThat(behind).containsExactly(Map.entry(ProjectionConsumer.GROUP, 0L));
            assertThat(meters.get("forum.consumer.records.behind").tag("group", ProjectionConsumer.GROUP)
                    .gauge().value()).isZero();
            assertThat(meters.get("forum.consumer.last.applied.age").tag("group", ProjectionConsumer.GROUP)
                    .gauge().value()).isBetween(0.0, 600.0);
        });
    }

    /**
     * Offsets are committed once a second, when a poll returns; when the events stop, the last batch's must not
     * wait for a long idle poll (it waited 5 s), or the lag shows records behind that are long applied.
     */
    @Test
    void theLastBatchBeforeAQuietSpellShowsAsAppliedWithinSeconds() throws InterruptedException {
        UUID tenant = SignUps.signUp(http).tenantId();
        // A steady stream for 2 s: batches keep coming less than a second after each commit.
        long streamEnds = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        for (int venue = 0; System.nanoTime() < streamEnds; venue++) {
            commands.sendAndWait(new RegisterVenue(tenant, UUID.randomUUID(), "Bar " + venue, "Torget " + venue,
                    "SKJ-" + venue, "Kari Eier", LicenceKind.PERMANENT_PUBLIC, "18:00-02:00"));
            Thread.sleep(20); // paces the stream; nothing is waited for here
        }
        long quiet = System.nanoTime();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> lag.measure().get(ProjectionConsumer.GROUP) == 0);

        assertThat(Duration.ofNanos(System.nanoTime() - quiet)).isLessThan(Duration.ofMillis(3500));
    }
}
