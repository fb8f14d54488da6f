package forum.api.publishing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the publisher reads it, plus a signal when new events are committed.
 *
 * <p>Axon's pooled processor waits for a stream's availability callback once it has caught up, but the
 * embedded store's streams offer none, so it polls every 500 ms: half a second of lag at light load
 * (BENCHMARKS.md). Here one watcher thread tails the store (from the in-memory cache the store keeps of
 * recent events, so no extra reads) and, whenever it sees new events, wakes every open stream's callback.
 * An event the watcher has seen is in that cache already, so the woken processor finds it.
 */
final class SignallingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SignallingEventSource.class);
    private static final Duration RETRY = Duration.ofSeconds(1);
    /**
     * At most one signal per this interval: under load the events of the interval then go out in one batch
     * (one Kafka wait, one token update) instead of one batch each.
     */
    private static final Duration COALESCE = Duration.ofMillis(5);

    private final EventStore store;
    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private volatile Thread watcher;

    SignallingEventSource(EventStore store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new SignalledStream(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::watch, "forum-event-signal");
        thread.setDaemon(true);
        watcher = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = watcher;
        watcher = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    /** Stops before Axon's processors and the store (higher phases stop first), starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void watch() {
        TrackingToken seen = store.createHeadToken();
        while (watcher == Thread.currentThread()) {
            try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(seen)) {
                while (watcher == Thread.currentThread()) {
                    if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (stream.hasNextAvailable()) {
                            seen = stream.nextAvailable().trackingToken();
                        }
                        callbacks.forEach(Runnable::run);
                        // Let the next events gather, so that one signal wakes the processors for all of them.
                        Thread.sleep(COALESCE.toMillis());
                    }
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                // The database away: the processors fall back to polling meanwhile, so nothing waits for good.
                log.debug("Watching for new events failed; trying again in {}", RETRY, failure);
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    private final class SignalledStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private Runnable callback;

        SignalledStream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                callbacks.remove(this.callback);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            events.close();
        }
    }
}
