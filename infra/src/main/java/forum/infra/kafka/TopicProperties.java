package forum.infra.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic names and sizes. Records are keyed by tenant, so partitions bound how many projection
 * workers can share the load; a tenant's events always land in one partition, in order.
 */
@ConfigurationProperties("forum.kafka.topics")
public record TopicProperties(
        @DefaultValue("forum.domain-events") String domainEvents,
        @DefaultValue("forum.domain-events.dead-letters") String deadLetters,
        @DefaultValue("12") int partitions,
        @DefaultValue("1") short replicationFactor) {
}
