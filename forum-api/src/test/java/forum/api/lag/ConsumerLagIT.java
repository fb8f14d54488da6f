package forum.api.lag;

import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.projections.lag.ConsumerLag;
import forum.projections.stream.ProjectionConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.util.Map;

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
}
