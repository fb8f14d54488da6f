package forum.api.benchmarks;

import forum.projections.runtime.ProjectionConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * How municipalities fall to the projection consumer threads: each one's events go through one partition (the
 * Kafka key is the tenant), and each partition to one thread. Hundreds of municipalities spread evenly; a
 * handful of random ones often do not: four put all on one of two threads in one run of eight, and three on one
 * in half of them, which then carries the load of three or four.
 */
final class ConsumerSpread {

    private final MessageListenerContainer consumers;
    private final String topic;

    ConsumerSpread(ApplicationContext context, String topic) {
        this.consumers = context.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer(ProjectionConsumer.GROUP);
        this.topic = topic;
    }

    /** New tenant ids, as many on each consumer thread as the count allows, as many municipalities would be. */
    List<UUID> evenly(int count) {
        List<Collection<TopicPartition>> threads = List.copyOf(assignments().values());
        int partitions = partitions(threads);
        List<UUID> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            UUID candidate = UUID.randomUUID();
            Collection<TopicPartition> wanted = threads.get(chosen.size() % threads.size());
            if (wanted.contains(partitionOf(candidate, partitions))) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    /** For example "2 + 2 municipalities on the 2 consumer threads". */
    String describe(List<UUID> tenants) {
        Collection<Collection<TopicPartition>> threads = assignments().values();
        int partitions = partitions(threads);
        return threads.stream()
                .map(owned -> String.valueOf(tenants.stream()
                        .filter(t -> owned.contains(partitionOf(t, partitions))).count()))
                .collect(Collectors.joining(" + ")) + " municipalities on the " + threads.size() + " consumer threads";
    }

    private Map<String, Collection<TopicPartition>> assignments() {
        await().atMost(Duration.ofSeconds(30)).until(() -> consumers.getAssignmentsByClientId() != null
                && consumers.getAssignmentsByClientId().values().stream().noneMatch(Collection::isEmpty));
        return consumers.getAssignmentsByClientId();
    }

    private static int partitions(Collection<Collection<TopicPartition>> threads) {
        return threads.stream().mapToInt(Collection::size).sum();
    }

    /** Kafka's default partitioner for a record keyed by the tenant. */
    private TopicPartition partitionOf(UUID tenant, int partitions) {
        return new TopicPartition(topic,
                Utils.toPositive(Utils.murmur2(tenant.toString().getBytes(StandardCharsets.UTF_8))) % partitions);
    }
}
