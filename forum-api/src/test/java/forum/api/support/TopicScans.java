package forum.api.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a topic holds, as a consumer reads it and as the broker's files on disk hold it. */
public final class TopicScans {

    private final String bootstrapServers;

    public TopicScans(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The values of the records with this key, waiting until there are at least {@code expected} of them. */
    public List<String> awaitValuesKeyed(String topic, String key, int expected) {
        try (var consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            List<String> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r.value());
                    }
                });
                return found.size() >= expected;
            });
            return found;
        }
    }

    /** Every record the topic keeps now, aborted ones too (read uncommitted), from each partition's start. */
    public List<ConsumerRecord<String, String>> records(String topic) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            });
            return found;
        }
    }

    /** Each partition's end offset: the offset the next record will have (abort markers take offsets too). */
    public Map<Integer, Long> endOffsets(String topic) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<Integer, Long> ends = new TreeMap<>();
            consumer.endOffsets(partitions).forEach((partition, end) -> ends.put(partition.partition(), end));
            return ends;
        }
    }

    /** The files of the topic's partitions on the broker's disk that hold the text: segments, indexes, deleted ones. */
    public List<Path> filesMentioning(String topic, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int broker = admin.describeCluster().nodes().get().iterator().next().id();
            List<Path> matching = new ArrayList<>();
            List<Path> segments = new ArrayList<>();
            for (String dir : admin.describeLogDirs(List.of(broker)).allDescriptions().get().get(broker).keySet()) {
                try (Stream<Path> files = Files.walk(Path.of(dir))) {
                    for (Path file : files.filter(f -> Files.isRegularFile(f)
                            && f.getParent().getFileName().toString().matches(Pattern.quote(topic)
                            + "-\\d+")).toList()) {
                        if (file.toString().endsWith(".log")) {
                            segments.add(file);
                        }
                        try {
                            if (contains(Files.readAllBytes(file), needle)) {
                                matching.add(file);
                            }
                        } catch (NoSuchFileException deletedMeanwhile) {
                            // The broker deleted it while the scan ran: it holds nothing any more.
                        }
                    }
                }
            }
            assertThat(segments).as("the segment files of %s", topic).isNotEmpty();
            return matching;
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "scan-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
