package forum.projections.runtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records behind per consumer group: the topic's end offsets minus the group's committed offsets,
 * summed over partitions, measured every few seconds from the broker.
 */
@Component
public class ConsumerLag implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final AdminClient admin;
    private final String topic;
    private final Map<String, Long> behind = new ConcurrentHashMap<>();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forum-consumer-lag");
        thread.setDaemon(true);
        return thread;
    });

    ConsumerLag(KafkaAdmin kafkaAdmin, MeterRegistry meters,
                @Value("${forum.kafka.topics.domain-events:forum.domain-events}") String topic,
                @Value("${forum.projections.groups:" + ProjectionConsumer.GROUP + "}") List<String> groups,
                @Value("${forum.projections.runtime-interval-seconds:5}") long intervalSeconds) {
        this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        this.topic = topic;
        for (String group : groups) {
            behind.put(group, 0L);
            Gauge.builder("forum.consumer.records.behind", behind, values -> values.getOrDefault(group, 0L))
                    .description("Records on the domain-events topic this consumer group has not applied yet")
                    .tag("group", group)
                    .register(meters);
        }
        schedule.scheduleWithFixedDelay(this::measure, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** Measures now; also what the gauges show between measurements. */
    public Map<String, Long> measure() {
        try {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS)
                    .get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get(5, TimeUnit.SECONDS);
            for (String group : behind.keySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                long sum = 0;
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    sum += end.getValue().offset() - (done == null ? 0 : done.offset());
                }
                behind.put(group, sum);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("Could not measure consumer lag: {}", e.getMessage());
        }
        return Map.copyOf(behind);
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
        admin.close();
    }
}
