package forum.api.publishing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.eventstore.ClearTextMigration;
import forum.api.eventstore.ClearTextMigration.Progress;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Removes the personal data that a database and a broker used before sealing existed hold in clear text (issue 24,
 * docs/privacy.md "Clear text from before sealing"): seals the stored events (ClearTextMigration), waits until the
 * publisher has passed them, marks where each partition's clear-text records end (ClearTextRecords), waits until the
 * consumer groups have applied them, and deletes them from the topics. Each step is recorded, so a restart resumes
 * it; one instance at a time runs it. Started in the background once the application is ready, unless
 * {@code forum.personal-data.clear-text-history.enabled=false}; a database that never held clear text is done at
 * its first start and nothing of the topics is touched.
 */
@Component
class ClearTextHistory {

    private static final Logger log = LoggerFactory.getLogger(ClearTextHistory.class);
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final ClearTextMigration migration;
    private final PublisherPosition publisher;
    private final KafkaAdmin kafkaAdmin;
    private final KafkaTemplate<String, String> kafka;
    private final ConsumerFactory<?, ?> consumers;
    private final ObjectMapper json;
    private final boolean enabled;
    private final int batchSize;
    private final List<String> groups;
    private final String domainEvents;
    private final String deadLetters;
    private volatile Thread worker;

    ClearTextHistory(ClearTextMigration migration, PublisherPosition publisher, KafkaAdmin kafkaAdmin,
                     KafkaTemplate<String, String> kafka, ConsumerFactory<?, ?> consumers, ObjectMapper json,
                     @Value("${forum.personal-data.clear-text-history.enabled:true}") boolean enabled,
                     @Value("${forum.personal-data.clear-text-history.batch-size:500}") int batchSize,
                     @Value("${forum.projections.groups:forum-projections}") List<String> groups,
                     @Value("${forum.kafka.topics.domain-events:forum.domain-events}") String domainEvents,
                     @Value("${forum.kafka.topics.dead-letters:forum.domain-events.dead-letters}") String deadLetters) {
        this.migration = migration;
        this.publisher = publisher;
        this.kafkaAdmin = kafkaAdmin;
        this.kafka = kafka;
        this.consumers = consumers;
        this.json = json;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.groups = groups;
        this.domainEvents = domainEvents;
        this.deadLetters = deadLetters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInTheBackground() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException failure) {
                // E.g. no schema owner's credentials (spring.flyway.user) on this instance: the rest runs on.
                log.error("Removing the clear-text history from before sealing stopped; it resumes at the next start"
                        + " (docs/privacy.md)", failure);
            }
        }, "clear-text-history");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @PreDestroy
    void stop() {
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Runs every step left, here or, while another instance runs them, by waiting for that one to finish. */
    void run() throws InterruptedException {
        while (!migration.progress().topicsPurged()) {
            boolean ran = migration.runExclusively(() -> {
                try {
                    removeHere();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Stopped while removing the clear-text history", e);
                } catch (Exception e) {
                    throw new IllegalStateException("Could not remove the topics' clear-text history", e);
                }
            });
            if (!ran) {
                // Another instance holds the lock and does the work; its progress is all this one waits for.
                Thread.sleep(WAIT.multipliedBy(5).toMillis());
            }
        }
    }

    private void removeHere() throws Exception {
        Progress progress = migration.progress();
        if (progress.topicsPurged()) {
            return;
        }
        long until = migration.storeEnd();
        while (!progress.finished()) {
            progress = migration.sealNextBatch(batchSize, until);
        }
        log.info("Stored events sealed: {} read, {} held clear text, {} values of erased subjects erased",
                progress.eventsRead(), progress.eventsSealed(), progress.valuesErased());
        if (progress.eventsSealed() == 0 && progress.topicEnds() == null) {
            // Nothing was stored in clear text, so nothing was published in it either.
            migration.recordTopicsPurged();
            return;
        }
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            ClearTextRecords records = new ClearTextRecords(admin,
                    kafka.getProducerFactory().getConfigurationProperties(),
                    consumers.getConfigurationProperties(), domainEvents, deadLetters);
            Map<TopicPartition, Long> ends = progress.topicEnds() == null
                    ? markEnds(records, progress.lastGlobalIndex()) : ends(progress.topicEnds());
            awaitConsumers(records, ends);
            records.deleteBefore(ends);
        }
        migration.recordTopicsPurged();
        log.info("The topics' records from before sealing are deleted; the brokers delete their segment files at their"
                + " next retention check (log.retention.check.interval.ms)");
    }

    /** Once the publisher has sent every event up to the last one sealed, rolls the topics and keeps the ends. */
    private Map<TopicPartition, Long> markEnds(ClearTextRecords records, long lastSealed) throws Exception {
        long since = System.nanoTime();
        while (published() < lastSealed) {
            if (System.nanoTime() - since > LOG_EVERY.toNanos()) {
                log.warn("Waiting for the publisher to pass global index {} (is a publisher running?)", lastSealed);
                since = System.nanoTime();
            }
            // The publisher may run on another instance: its stored position is all there is to watch.
            Thread.sleep(WAIT.toMillis());
        }
        Map<TopicPartition, Long> ends = records.rollSegments();
        Map<String, Long> named = new TreeMap<>();
        ends.forEach((partition, offset) -> named.put(partition.toString(), offset));
        migration.recordTopicEnds(json.writeValueAsString(named));
        return ends(migration.progress().topicEnds());
    }

    private void awaitConsumers(ClearTextRecords records, Map<TopicPartition, Long> ends) throws Exception {
        long since = System.nanoTime();
        List<String> behind;
        while (!(behind = records.groupsBehind(groups, ends)).isEmpty()) {
            if (System.nanoTime() - since > LOG_EVERY.toNanos()) {
                log.warn("Clear-text records are kept until consumer groups {} have passed them", behind);
                since = System.nanoTime();
            }
            // Kafka tells a group's committed offsets only when asked.
            Thread.sleep(WAIT.toMillis());
        }
    }

    private long published() {
        TrackingToken token = publisher.token();
        return token instanceof GapAwareTrackingToken position ? position.getIndex() : -1;
    }

    private Map<TopicPartition, Long> ends(String stored) throws Exception {
        Map<String, Long> named = json.readValue(stored, new TypeReference<Map<String, Long>>() {
        });
        return named.entrySet().stream().collect(Collectors.toMap(entry -> {
            String name = entry.getKey();
            int dash = name.lastIndexOf('-');
            return new TopicPartition(name.substring(0, dash), Integer.parseInt(name.substring(dash + 1)));
        }, Map.Entry::getValue));
    }
}
