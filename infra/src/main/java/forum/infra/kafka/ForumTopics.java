package forum.infra.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

/** The topics Forum needs, created at start-up (KafkaAdmin) if missing, on any broker or cluster. */
@AutoConfiguration
@EnableConfigurationProperties(TopicProperties.class)
public class ForumTopics {

    @Bean
    NewTopic domainEventsTopic(TopicProperties topics) {
        return TopicBuilder.name(topics.domainEvents())
                .partitions(topics.partitions())
                .replicas(topics.replicationFactor())
                .build();
    }

    @Bean
    NewTopic deadLetterTopic(TopicProperties topics) {
        return TopicBuilder.name(topics.deadLetters())
                .partitions(topics.partitions())
                .replicas(topics.replicationFactor())
                .build();
    }
}
