package forum.api.benchmarks;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes when each expected venue issue appears on the domain-events topic, read by a consumer group of its
 * own from the end of the topic. Splits the lag into the publisher's part (commit -> on Kafka) and the read
 * model's (on Kafka -> row), to show which one holds events back.
 */
final class TopicWatcher implements AutoCloseable {

    private static final Pattern ISSUE_ID = Pattern.compile("\"issueId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final KafkaConsumer<String, String> consumer;
    private final Map<UUID, ReadModelWatcher.Tracked> expected;
    private final Thread poller;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean running = true;

    TopicWatcher(String bootstrapServers, String topic, Map<UUID, ReadModelWatcher.Tracked> expected) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-topic-watcher-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        this.expected = expected;
        consumer.subscribe(List.of(topic));
        // Joined and positioned at the end before any event is appended.
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        this.poller = new Thread(this::poll, "bench-topic-watcher");
        poller.setDaemon(true);
        poller.start();
    }

    Exception failure() {
        return failure.get();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    Matcher issue = ISSUE_ID.matcher(record.value());
                    if (issue.find()) {
                        ReadModelWatcher.Tracked tracked = expected.get(UUID.fromString(issue.group(1)));
                        if (tracked != null && tracked.published == 0) {
                            tracked.published = now;
                        }
                    }
                }
            }
        } catch (Exception e) {
            failure.set(e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(Duration.ofSeconds(10).toMillis());
    }
}
