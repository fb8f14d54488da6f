package forum.api.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.support.ForumIntegrationTest;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMethod;
import forum.core.shared.DomainEvent;
import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.ProjectionConsumer;
import forum.projections.runtime.SequenceGapException;

/**
 * A held event shows in the health endpoint until its gap is filled. The records are handed to the consumer as
 * Kafka would deliver them, not sent on the topic, where a held record would hold its partition for other tests.
 */
@ForumIntegrationTest
class SequenceGapHealthIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProjectionConsumer consumer;

    @Autowired
    ObjectMapper json;

    @Test
    void anEventHeldForAMissingPredecessorTakesTheHealthDownUntilItIsApplied() {
        UUID tenant = UUID.randomUUID();
        UUID forum = UUID.randomUUID();
        ForumEstablished established = new ForumEstablished(tenant, forum, "Trygt natteliv", ForumMethod.OTHER, 4);
        ForumEstablished again = new ForumEstablished(tenant, forum, "Trygt natteliv igen", ForumMethod.OTHER, 4);

        assertThatThrownBy(() -> consumer.apply(record(tenant, forum, 1, again)))
                .isInstanceOf(SequenceGapException.class);
        assertThat(gapsStatus()).isEqualTo("DOWN");

        consumer.apply(record(tenant, forum, 0, established));
        consumer.apply(record(tenant, forum, 1, again));
        assertThat(gapsStatus()).isEqualTo("UP");
    }

    private String gapsStatus() {
        return http.getForEntity("/actuator/health", JsonNode.class).getBody()
                .at("/components/sequenceGaps/status").asText();
    }

    private DomainEventRecord record(UUID tenant, UUID aggregate, long sequence, DomainEvent event) {
        return new DomainEventRecord(UUID.randomUUID().toString(), CloudEventEnvelope.type(event.getClass().getName(),
                "1"), aggregate.toString(), sequence, tenant, Instant.now(), "test", UUID.randomUUID().toString(),
                json.valueToTree(event));
    }
}
