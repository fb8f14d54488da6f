package forum.api.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Two ways to drive an operation: as fast as a fixed number of threads can (closed loop: throughput), and at
 * a fixed rate whatever the answers do (open loop: latency at a given load). The open loop measures each
 * operation from the instant it was due, so a stall delays the ones queued behind it and shows in the
 * figures (no coordinated omission).
 */
final class Load {

    private Load() {
    }

    @FunctionalInterface
    interface Operation {
        void run(long sequence) throws Exception;
    }

    /**
     * @param latency        from the instant the operation was due (open loop) or started (closed loop)
     * @param serviceLatency from the instant the operation started running
     */
    record Outcome(long operations, long failures, long shed, double seconds, Latencies.Summary latency,
                   Latencies.Summary serviceLatency, Throwable firstFailure) {

        double perSecond() {
            return operations / seconds;
        }
    }

    static Outcome closedLoop(int threads, Duration duration, Operation operation) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(threads);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        long began = System.nanoTime();
                        try {
                            operation.run(sequence.getAndIncrement());
                            latencies.record(System.nanoTime() - began);
                            done.incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, e);
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }, "bench-closed-" + t);
            workers.add(worker);
            worker.start();
        }
        finished.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies.Summary summary = latencies.summary();
        return new Outcome(done.get(), failed.get(), 0, seconds, summary, summary, firstFailure.get());
    }

    /** How long an operation may wait for a free worker before it is shed (counted, not run). */
    static final Duration MAX_QUEUEING = Duration.ofSeconds(5);

    /**
     * Starts {@code perSecond} operations a second for {@code duration} on a pool of {@code workers} threads and
     * waits for all of them to finish. When the system cannot keep up, operations that could not start within
     * {@link #MAX_QUEUEING} of their due time are shed, so a saturated run still ends in bounded time.
     */
    static Outcome paced(int perSecond, Duration duration, int workers, Operation operation)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        Latencies service = new Latencies();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong shed = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        long maxQueueing = MAX_QUEUEING.toNanos();
        long total = perSecond * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "bench-paced");
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch finished = new CountDownLatch((int) total);
        long start = System.nanoTime();
        try {
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long sequence = i;
                pool.execute(() -> {
                    long began = System.nanoTime();
                    if (began - due > maxQueueing) {
                        shed.incrementAndGet();
                        finished.countDown();
                        return;
                    }
                    try {
                        operation.run(sequence);
                        long end = System.nanoTime();
                        latencies.record(end - due);
                        service.record(end - began);
                        done.incrementAndGet();
                    } catch (Exception | AssertionError e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    } finally {
                        finished.countDown();
                    }
                });
            }
            finished.await();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(done.get(), failed.get(), shed.get(), seconds, latencies.summary(), service.summary(),
                firstFailure.get());
    }
}
