package forum.api.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The topics' records from before the event store was sealed, and their removal from the brokers' disks. Kafka deletes
 * whole segments only, those wholly below a partition's start offset, and never the segment being written: so each
 * partition's segment is first rolled, by appending a record in a transaction that is aborted (no read-committed
 * consumer ever sees it) while the topic's {@code segment.ms} is briefly 10 ms; that record's offset is then where the
 * clear-text history ends. Once the consumers have passed those offsets, {@link #deleteBefore} moves each partition's
 * start past them and the broker deletes the older segments at its next retention check.
 */
final class ClearTextRecords {

    static final String ROLL_KEY = "forum.clear-text-history.segment-roll";
    private static final Duration CONFIG_APPLIED = Duration.ofSeconds(1);

    private final Admin admin;
    private final Map<String, Object> producerConfig;
    private final Map<String, Object> consumerConfig;
    private final String domainEvents;
    private final List<String> topics;

    ClearTextRecords(Admin admin, Map<String, Object> producerConfig, Map<String, Object> consumerConfig,
                     String domainEvents, String deadLetters) {
        this.admin = admin;
        this.producerConfig = producerConfig;
        this.consumerConfig = consumerConfig;
        this.domainEvents = domainEvents;
        this.topics = List.of(domainEvents, deadLetters);
    }

    /**
     * Rolls the segment of every partition that keeps records and answers, per partition, the offset of its first
     * record in the new segment: every record before it lies in older segments.
     */
    Map<TopicPartition, Long> rollSegments() throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        List<TopicPartition> kept = partitions.stream().filter(p -> latest.get(p) > earliest.get(p)).toList();
        if (kept.isEmpty()) {
            return Map.of();
        }
        Map<String, String> previous = segmentMs();
        setSegmentMs(topic -> "10");
        try {
            awaitSegmentMs("10");
            // The admin API shows a topic's new config before every partition's log has rolled by it; the broker says
            // nothing when it has, so it is given a moment past segment.ms.
            Thread.sleep(CONFIG_APPLIED.toMillis());
            return appendAborted(kept);
        } finally {
            setSegmentMs(previous::get);
        }
    }

    /**
     * The consumer groups that still have records to read before the ends on the domain-events topic. A group whose
     * committed offset is short of an end has passed it all the same when nothing a read-committed consumer sees lies
     * between (only aborted records and markers): it commits no offset where it received no record.
     */
    List<String> groupsBehind(Collection<String> groups, Map<TopicPartition, Long> ends) throws Exception {
        List<String> behind = new ArrayList<>();
        Map<TopicPartition, Long> earliest = offsets(ends.keySet(), OffsetSpec.earliest());
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            for (var end : ends.entrySet()) {
                TopicPartition partition = end.getKey();
                OffsetAndMetadata at = committed.get(partition);
                long from = Math.max(at == null ? 0 : at.offset(), earliest.get(partition));
                if (partition.topic().equals(domainEvents) && from < end.getValue()
                        && recordsBetween(partition, from, end.getValue())) {
                    behind.add(group);
                    break;
                }
            }
        }
        return behind;
    }

    private boolean recordsBetween(TopicPartition partition, long from, long to) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consumer.position(partition) < to) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < to) {
                        return true;
                    }
                }
                if (System.nanoTime() > until) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Deletes every record before the ends. On the dead-letter topic, which no consumer reads, the aborted record and
     * its marker go too when nothing came after them, so that the count of records set aside stays true.
     */
    void deleteBefore(Map<TopicPartition, Long> ends) throws Exception {
        Map<TopicPartition, Long> latest = offsets(ends.keySet(), OffsetSpec.latest());
        Map<TopicPartition, RecordsToDelete> deletions = new HashMap<>();
        ends.forEach((partition, end) -> {
            boolean onlyTheRoll = !partition.topic().equals(domainEvents) && latest.get(partition) == end + 2;
            deletions.put(partition, RecordsToDelete.beforeOffset(onlyTheRoll ? end + 2 : end));
        });
        admin.deleteRecords(deletions).all().get();
    }

    private Map<TopicPartition, Long> appendAborted(List<TopicPartition> partitions) throws Exception {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "forum-clear-text-history-" + UUID.randomUUID());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            producer.beginTransaction();
            Map<TopicPartition, Future<RecordMetadata>> sent = new LinkedHashMap<>();
            for (TopicPartition partition : partitions) {
                sent.put(partition, producer.send(new ProducerRecord<>(partition.topic(), partition.partition(),
                        ROLL_KEY, null)));
            }
            producer.flush();
            for (var acknowledged : sent.entrySet()) {
                ends.put(acknowledged.getKey(), acknowledged.getValue().get().offset());
            }
            producer.abortTransaction();
        }
        return ends;
    }

    /** Each topic's own segment.ms, or null where it has none (the broker's default applies). */
    private Map<String, String> segmentMs() throws ExecutionException, InterruptedException {
        Map<String, String> values = new HashMap<>();
        admin.describeConfigs(resources()).all().get().forEach((resource, config) -> {
            ConfigEntry entry = config.get(TopicConfig.SEGMENT_MS_CONFIG);
            values.put(resource.name(), entry != null && entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                    ? entry.value() : null);
        });
        return values;
    }

    private void setSegmentMs(Function<String, String> value) throws ExecutionException, InterruptedException {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (ConfigResource resource : resources()) {
            String to = value.apply(resource.name());
            changes.put(resource, List.of(to == null
                    ? new AlterConfigOp(new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, ""), AlterConfigOp.OpType.DELETE)
                    : new AlterConfigOp(new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, to), AlterConfigOp.OpType.SET)));
        }
        admin.incrementalAlterConfigs(changes).all().get();
    }

    private void awaitSegmentMs(String value) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!segmentMs().values().stream().allMatch(value::equals)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The brokers did not take segment.ms=" + value + " within 30 s");
            }
            // A config change reaches the brokers asynchronously and nothing announces it.
            Thread.sleep(100);
        }
    }

    private List<ConfigResource> resources() {
        return topics.stream().map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
