package forum.projections.runtime;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records the consumers set aside (ConsumerErrorHandling, DeadLetters), as the dead-letter topic holds them: how
 * many, and when the oldest still kept was set aside. Read from the broker when asked.
 */
@Component
public class DeadLetterReader implements DisposableBean {

    /** No record set aside: a count of zero and no oldest. */
    public record SetAside(long count, Optional<Instant> oldest) {
    }

    private final AdminClient admin;
    private final String topic;

    DeadLetterReader(KafkaAdmin kafkaAdmin,
                    @Value("${forum.kafka.topics.dead-letters:forum.domain-events.dead-letters}") String topic) {
        this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        this.topic = topic;
    }

    /** The topic's records now; fails when the broker does not answer within a few seconds. */
    public SetAside read() throws Exception {
        Map<TopicPartition, OffsetSpec> partitions;
        try {
            partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS)
                    .get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return new SetAside(0, Optional.empty());
            }
            throw e;
        }
        var ends = admin.listOffsets(partitions).all().get(5, TimeUnit.SECONDS);
        // The first record kept at or after time 0 of each partition: its offset and its time.
        var firsts = admin.listOffsets(partitions.keySet().stream()
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.forTimestamp(0))))
                .all().get(5, TimeUnit.SECONDS);
        long count = 0;
        Instant oldest = null;
        for (var end : ends.entrySet()) {
            ListOffsetsResultInfo first = firsts.get(end.getKey());
            if (first == null || first.offset() < 0 || first.offset() >= end.getValue().offset()) {
                continue;
            }
            count += end.getValue().offset() - first.offset();
            Instant at = Instant.ofEpochMilli(first.timestamp());
            oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
        }
        return new SetAside(count, Optional.ofNullable(oldest));
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
