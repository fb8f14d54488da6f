package forum.api.audit.chain;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import forum.api.eventstore.ClearTextMigration;

/**
 * Chains the stored events shortly after they commit: in store order, never past an index that a transaction still
 * holds (a gap that may fill; see {@link #withoutGaps}), so that no event can later appear below the chain's
 * position, and only once the clear-text migration has sealed the old payloads (it rewrites
 * them once; erasures after it delete keys, never bytes of an event). One instance chains at a time, the one holding
 * the chain's advisory lock (a session lock: it ends with a crashed holder's connection). Every batch's links and the
 * new position commit together, the position only if it is still where this chainer read it, so a chainer that
 * crashed, or two that overlap, start again from the stored position. A chain gets a signed checkpoint every
 * {@code forum.audit.checkpoint-events} events, or after {@code forum.audit.checkpoint-interval} when it has new
 * ones. Off with {@code forum.run.chainer=false}; a gap's grace is {@code forum.audit.gap-grace}.
 */
@Component
public class Chainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Chainer.class);
    /** 'forum ch' in ASCII. */
    private static final long LOCK = 0x666f72756d206368L;
    private static final int BATCH = 2_000;
    // The chainer polls: events are appended by every instance, and nothing tells this one of another's commit.
    private static final Duration IDLE = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final ChainStore store;
    private final Checkpoints checkpoints;
    private final ClearTextMigration clearText;
    private final boolean runHere;
    private final long checkpointEvents;
    private final Duration checkpointInterval;
    private final Map<Long, Long> gapsSeen = new HashMap<>();
    private volatile Duration gapGrace;
    private volatile Thread worker;

    Chainer(ChainStore store, Checkpoints checkpoints, ClearTextMigration clearText,
            @Value("${forum.run.chainer:true}") boolean runHere,
            @Value("${forum.audit.checkpoint-events:1000}") long checkpointEvents,
            @Value("${forum.audit.checkpoint-interval:PT1M}") Duration checkpointInterval,
            @Value("${forum.audit.gap-grace:PT1M}") Duration gapGrace) {
        this.gapGrace = gapGrace;
        this.store = store;
        this.checkpoints = checkpoints;
        this.clearText = clearText;
        this.runHere = runHere;
        this.checkpointEvents = checkpointEvents;
        this.checkpointInterval = checkpointInterval;
    }

    /** How long a gap in the global index may stay empty before chaining goes past it (tests make one pass fast). */
    void gapGrace(Duration grace) {
        this.gapGrace = grace;
    }

    @Override
    public boolean isAutoStartup() {
        return runHere;
    }

    @Override
    public synchronized void start() {
        Thread thread = new Thread(this::run, "event-chainer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** After the event store and the publisher start, before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 90;
    }

    private boolean running() {
        return worker == Thread.currentThread();
    }

    private void run() {
        while (running()) {
            try (Connection session = store.owner().getConnection(); Statement statement = session.createStatement()) {
                boolean locked;
                try (ResultSet lock = statement.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
                    locked = lock.next() && lock.getBoolean(1);
                }
                if (locked) {
                    try {
                        chainWhileLocked();
                    } finally {
                        statement.execute("select pg_advisory_unlock(" + LOCK + ")");
                    }
                } else {
                    Thread.sleep(RETRY.toMillis());
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (Exception failure) {
                if (!running()) {
                    return;
                }
                log.warn("Chaining the events failed; starting again from the stored position in {}: {}", RETRY,
                        failure.toString());
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    private void chainWhileLocked() throws InterruptedException {
        awaitSealed();
        Map<String, ChainStore.Head> heads = new HashMap<>(store.heads());
        Map<String, Checkpoint> signed = new HashMap<>(store.lastCheckpoints());
        Map<String, Long> dueBy = new HashMap<>();
        heads.forEach((chain, head) -> {
            Checkpoint last = signed.get(chain);
            if (last == null || last.eventCount() < head.count()) {
                dueBy.put(chain, System.nanoTime());
            }
        });
        long position = store.position();
        while (running()) {
            awaitSealed();
            List<Map.Entry<String, StoredEvent>> read = store.eventsAfter(position, BATCH);
            List<Map.Entry<String, StoredEvent>> events = withoutGaps(position, read);
            if (!events.isEmpty()) {
                List<ChainStore.Link> links = new ArrayList<>(events.size());
                Map<String, ChainStore.Head> moved = new HashMap<>();
                for (Map.Entry<String, StoredEvent> entry : events) {
                    String chain = entry.getKey();
                    StoredEvent event = entry.getValue();
                    ChainStore.Head head = moved.getOrDefault(chain, heads.getOrDefault(chain, ChainStore.Head.EMPTY));
                    byte[] digest = ChainHashes.digest(event);
                    byte[] link = ChainHashes.link(head.link(), digest);
                    links.add(new ChainStore.Link(chain, event.globalIndex(), event.eventIdentifier(),
                            event.aggregateIdentifier(), digest, link));
                    moved.put(chain, new ChainStore.Head(head.count() + 1, event.globalIndex(), link));
                }
                long to = events.get(events.size() - 1).getValue().globalIndex();
                store.append(links, position, to);
                position = to;
                heads.putAll(moved);
                moved.keySet().forEach(chain -> dueBy.putIfAbsent(chain,
                        System.nanoTime() + checkpointInterval.toNanos()));
            }
            signDue(heads, signed, dueBy);
            if (read.size() < BATCH || events.size() < read.size()) {
                Thread.sleep(IDLE.toMillis());
            }
        }
    }

    /** Chains nothing while the clear-text migration rewrites stored payloads (a chain over them would break). */
    private void awaitSealed() throws InterruptedException {
        while (running() && !clearText.progress().finished()) {
            Thread.sleep(RETRY.toMillis());
        }
    }

    /**
     * The events up to the first gap in the global index that may still fill: an index taken by a transaction that
     * has not committed yet. A gap that stays open for the grace period was left by a transaction that rolled back
     * (a conflict, a failed command): it never fills, and chaining goes past it; so does a gap before an event stored
     * longer ago than that (a store chained for the first time).
     */
    private List<Map.Entry<String, StoredEvent>> withoutGaps(long position, List<Map.Entry<String, StoredEvent>> read) {
        long expected = position + 1;
        for (int i = 0; i < read.size(); i++) {
            long index = read.get(i).getValue().globalIndex();
            if (index > expected) {
                long seen = gapsSeen.computeIfAbsent(expected, gap -> System.nanoTime());
                if (System.nanoTime() - seen < gapGrace.toNanos() && !storedLongAgo(read.get(i).getValue())) {
                    return read.subList(0, i);
                }
                log.info("Global indexes {} to {} stayed empty for {}: chaining past them", expected, index - 1,
                        gapGrace);
                gapsSeen.remove(expected);
            }
            expected = index + 1;
        }
        return read;
    }

    /** An event stored before the grace period: the gap before it, older still, can no longer fill. */
    private boolean storedLongAgo(StoredEvent event) {
        try {
            return Instant.parse(event.timeStamp()).isBefore(Instant.now().minus(gapGrace));
        } catch (DateTimeParseException notAnInstant) {
            return false;
        }
    }

    /** Checkpoints of the chains that grew by the interval's number of events, or whose interval has passed. */
    private void signDue(Map<String, ChainStore.Head> heads, Map<String, Checkpoint> signed, Map<String, Long> dueBy) {
        long now = System.nanoTime();
        for (String chain : new ArrayList<>(dueBy.keySet())) {
            ChainStore.Head head = heads.get(chain);
            Checkpoint last = signed.get(chain);
            long since = head.count() - (last == null ? 0 : last.eventCount());
            if (since >= checkpointEvents || (since > 0 && now - dueBy.get(chain) >= 0)) {
                signed.put(chain, checkpoints.sign(chain, head));
                dueBy.remove(chain);
            } else if (since == 0) {
                dueBy.remove(chain);
            }
        }
    }
}
