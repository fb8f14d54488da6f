package forum.projections.rebuild;

import forum.projections.runtime.ProjectionConsumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Pauses this instance's projection consumers while a rebuild replays tenants' events, so that no batch writes
 * their rows meanwhile. A rebuild can pause only its own instance's consumers, so it refuses to start where they do
 * not run (an API instance) and while other projection workers hold some of the topic's partitions: their batches
 * would interleave with the replay and could leave a tenant's rows out of step with its events.
 */
@Component
class ConsumerPause {

    private static final Duration PAUSE_WITHIN = Duration.ofSeconds(30);
    /**
     * How long the group may take to hand this instance every partition, as after another worker stopped (a worker
     * that crashed holds its partitions until its session times out, 45 s by default: the rebuild is then refused).
     */
    private static final Duration ALL_PARTITIONS_WITHIN = Duration.ofSeconds(15);

    private final KafkaListenerEndpointRegistry consumers;
    private final KafkaAdmin admin;
    private final String topic;

    ConsumerPause(KafkaListenerEndpointRegistry consumers, KafkaAdmin admin,
                  @Value("${forum.kafka.topics.domain-events:forum.domain-events}") String topic) {
        this.consumers = consumers;
        this.admin = admin;
        this.topic = topic;
    }

    /** The consumers, paused until the returned pause is closed; or RebuildRefused, and nothing paused. */
    Paused pause() {
        MessageListenerContainer consumer = consumers.getListenerContainer(ProjectionConsumer.GROUP);
        if (consumer == null || !consumer.isRunning()) {
            throw new RebuildRefused("projections-not-run-here", "This instance does not run the projection"
                    + " consumers (forum.run.projections=false), so it cannot pause them for a rebuild. Ask a"
                    + " projection worker.");
        }
        consumer.pause();
        try {
            if (!within(PAUSE_WITHIN, () -> consumer.isContainerPaused() || !consumer.isRunning())) {
                throw new IllegalStateException("The consumers did not pause within 30 s; nothing was rebuilt");
            }
            int partitions = admin.describeTopics(topic).get(topic).partitions().size();
            if (!within(ALL_PARTITIONS_WITHIN, () -> assigned(consumer) >= partitions)) {
                throw new RebuildRefused("other-workers-consuming", "Other projection workers consume "
                        + (partitions - assigned(consumer)) + " of the " + partitions + " partitions of " + topic
                        + "; a rebuild can pause only this instance's consumers. Stop the other workers, then"
                        + " rebuild.");
            }
        } catch (RuntimeException refused) {
            consumer.resume();
            throw refused;
        }
        return consumer::resume;
    }

    private static int assigned(MessageListenerContainer consumer) {
        Collection<TopicPartition> partitions = consumer.getAssignedPartitions();
        return partitions == null ? 0 : partitions.size();
    }

    private static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return true;
    }

    /** Resumes the consumers. */
    interface Paused extends AutoCloseable {
        @Override
        void close();
    }
}
