package forum.api.publishing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Brings every stored event to Kafka, at least once and in event-store order per key: one thread tails the
 * event store (Axon's stream, which keeps track of gaps in the global index), sends what has been committed
 * since its last batch, and stores its place (PublisherPosition) once Kafka has acknowledged everything before
 * it. After a failure it starts again from the stored place; the consumers skip what they have applied already.
 *
 * <p>Batches in flight together reach the producer as one stream of sends, in the store's order; the idempotent
 * producer keeps each key's records in that order.
 *
 * <p>A loop of its own rather than Axon's pooled processor: the processor moves each event through a coordinator
 * and a work package of one of its segments, each batch in a unit of work storing its segment's token. The loop
 * does only the steps publishing needs (read, send, store the place), so an event waits for nothing else on its
 * way to Kafka (BENCHMARKS.md, lag).
 *
 * <p>One instance publishes at a time, the one holding the lease. Should two ever overlap (a lease lapsing
 * while its holder waits on Kafka), each sends the same events in the same order, so every key's first
 * copies still arrive in order and the consumers' positions skip the second ones.
 */
@Component
class PublisherLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublisherLoop.class);
    /** How long the lease lasts without renewal; another instance takes over after that. */
    static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration RENEW = Duration.ofSeconds(2);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final int MAX_BATCH = 500;
    /** Batches sent and not yet acknowledged at most; the producer itself keeps at most 5 requests in flight. */
    private static final int IN_FLIGHT = 4;
    private static final Duration IDLE_WAIT = Duration.ofSeconds(1);
    /** While batches wait for Kafka: how long to wait for new events before looking at the acknowledgements. */
    private static final Duration ACK_POLL = Duration.ofMillis(2);

    private final EventStore eventStore;
    private final KafkaEventPublisher kafka;
    private final PublisherPosition position;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final boolean runHere;
    private volatile Thread worker;

    PublisherLoop(EventStore eventStore, KafkaEventPublisher kafka, PublisherPosition position,
                  @Value("${forum.run.publisher:true}") boolean runHere) {
        this.eventStore = eventStore;
        this.kafka = kafka;
        this.position = position;
        this.runHere = runHere;
    }

    /** Off in an instance that leaves publishing to others ({@code forum.run.publisher=false}, README). */
    @Override
    public boolean isAutoStartup() {
        return runHere;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "kafka-publisher");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            position.release(owner);
        } catch (RuntimeException databaseAway) {
            log.debug("Could not release the publisher's lease; it expires by itself", databaseAway);
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Starts after Axon's event store and stops before it (higher phases stop first). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void run() {
        while (running()) {
            try {
                if (position.claim(owner, LEASE)) {
                    publishWhileLeased();
                } else {
                    // Another instance publishes; look again soon, so a stopped one is followed within a second.
                    Thread.sleep(RETRY.toMillis());
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                if (!running()) {
                    return;
                }
                log.warn("Publishing to Kafka failed; starting again from the stored position in {}: {}", RETRY,
                        failure.toString());
                try {
                    // A broker or database that is away is asked again once a second, not in a tight loop.
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    /**
     * Publishes until stopped, or until the lease turns out to be another instance's. Batches are sent while
     * earlier ones wait for their acknowledgements, up to {@link #IN_FLIGHT} of them, so that a burst is not
     * sent one round trip at a time; the place stored is always that of the newest batch acknowledged with all
     * the batches before it.
     */
    private void publishWhileLeased() throws InterruptedException {
        Deque<Sent> inFlight = new ArrayDeque<>();
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(position.token())) {
            long renewBy = System.nanoTime() + RENEW.toNanos();
            while (running()) {
                List<TrackedEventMessage<?>> batch = next(events, inFlight.isEmpty() ? IDLE_WAIT : ACK_POLL);
                if (!batch.isEmpty()) {
                    inFlight.add(new Sent(kafka.send(batch), batch.get(batch.size() - 1).trackingToken()));
                }
                if (inFlight.size() >= IN_FLIGHT) {
                    KafkaEventPublisher.await(inFlight.peek().acknowledged());
                }
                TrackingToken acknowledged = takeAcknowledged(inFlight);
                boolean stillOurs;
                if (acknowledged != null) {
                    stillOurs = position.advance(owner, LEASE, acknowledged);
                } else if (System.nanoTime() > renewBy) {
                    stillOurs = position.claim(owner, LEASE);
                } else {
                    continue;
                }
                if (!stillOurs) {
                    log.info("Another instance publishes to Kafka now");
                    return;
                }
                renewBy = System.nanoTime() + RENEW.toNanos();
            }
        }
    }

    /**
     * Takes the oldest batches off the queue as long as Kafka has acknowledged them, and returns the place after
     * the last one taken: null when the oldest is still waiting. A batch that failed throws.
     */
    private static TrackingToken takeAcknowledged(Deque<Sent> inFlight) {
        TrackingToken acknowledged = null;
        while (!inFlight.isEmpty() && inFlight.peek().acknowledged().isDone()) {
            Sent oldest = inFlight.poll();
            KafkaEventPublisher.await(oldest.acknowledged());
            acknowledged = oldest.upTo();
        }
        return acknowledged;
    }

    /** What has been committed since the last batch, waiting up to {@code wait} for the first event. */
    private static List<TrackedEventMessage<?>> next(BlockingStream<TrackedEventMessage<?>> events, Duration wait)
            throws InterruptedException {
        if (!events.hasNextAvailable((int) wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return List.of();
        }
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        while (batch.size() < MAX_BATCH && events.hasNextAvailable()) {
            batch.add(events.nextAvailable());
        }
        return batch;
    }

    /** A batch sent, and the place in the store after its last event. */
    private record Sent(CompletableFuture<Void> acknowledged, TrackingToken upTo) {
    }

    private boolean running() {
        return worker == Thread.currentThread();
    }
}
