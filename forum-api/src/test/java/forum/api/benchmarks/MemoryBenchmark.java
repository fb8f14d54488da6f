package forum.api.benchmarks;

import forum.api.support.ForumIntegrationTest;
import org.junit.jupiter.api.Test;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Resident memory of the whole default run: the JVM (application, in-JVM Kafka broker, and this benchmark) and
 * the PostgreSQL server's processes, idle and under load (commands as fast as 8 threads can send them), with
 * the JVM heap in use. Sampled every 250 ms under load. The JVM is the benchmarks' (default heap: a quarter of
 * the machine's memory), so "idle" includes what benchmarks that ran before left committed; the figure after
 * a full GC is the one to compare.
 */
@ForumIntegrationTest
class MemoryBenchmark extends ApplicationBenchmark {

    private static final Duration LOAD = Duration.ofSeconds(30);

    @Test
    void residentMemoryIdleAndUnderLoad() throws Exception {
        BenchDatabase database = database();
        Processes processes = new Processes(database.postmasterPid());
        MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
        Venues venues = Venues.register(commands, 4, 25);

        Report report = new Report("Memory: resident set of the JVM and PostgreSQL");
        report.row("JVM", "%s, %s, max heap %,d MiB", System.getProperty("java.vm.name"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining("+")), heap.getHeapMemoryUsage().getMax() >> 20);
        report.row("idle", describe(processes.memory(), heap.getHeapMemoryUsage()));
        System.gc();
        awaitSteadyRss(processes);
        report.row("idle, after a full GC", describe(processes.memory(), heap.getHeapMemoryUsage()));

        AtomicReference<Processes.Memory> peak = new AtomicReference<>(processes.memory());
        AtomicReference<MemoryUsage> peakHeap = new AtomicReference<>(heap.getHeapMemoryUsage());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            Processes.Memory now = processes.memory();
            peak.accumulateAndGet(now, (a, b) -> a.jvmRss() + a.postgresRss() >= b.jvmRss() + b.postgresRss() ? a : b);
            MemoryUsage heapNow = heap.getHeapMemoryUsage();
            peakHeap.accumulateAndGet(heapNow, (a, b) -> a.getUsed() >= b.getUsed() ? a : b);
        }, 0, 250, TimeUnit.MILLISECONDS);
        Load.Outcome load;
        try {
            load = Load.closedLoop(8, LOAD, i -> commands.sendAndWait(venues.issueAtAnyVenue()));
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
        }
        assertThat(load.failures()).as("failed commands, first: %s", load.firstFailure()).isZero();
        report.row("under load, peak", describe(peak.get(), peakHeap.get()));
        report.row("under load, end", describe(processes.memory(), heap.getHeapMemoryUsage()));
        report.row("load", "RegisterVenueIssue from 8 threads for %d s: %s", LOAD.toSeconds(),
                Report.perSecond(load.perSecond()));
        report.note("RSS sums VmRSS of each process, so PostgreSQL's shared buffers count once per backend that"
                + " touched them; PSS (smaps_rollup) shares them out and is the better total.");
        report.print();
    }

    /** G1 gives uncommitted heap back to the OS a little after a full GC: until the JVM's RSS holds still. */
    private static void awaitSteadyRss(Processes processes) {
        double[] last = {processes.memory().jvmRss()};
        await().atMost(Duration.ofSeconds(15)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    double now = processes.memory().jvmRss();
                    boolean steady = Math.abs(now - last[0]) < 5;
                    last[0] = now;
                    return steady;
                });
    }

    private static String describe(Processes.Memory memory, MemoryUsage heap) {
        return String.format("JVM RSS %,.0f MiB (heap used %,d MiB of %,d committed) | PostgreSQL %d processes"
                        + " RSS %,.0f MiB, PSS %,.0f MiB | total RSS %,.0f MiB, JVM + PSS %,.0f MiB",
                memory.jvmRss(), heap.getUsed() >> 20, heap.getCommitted() >> 20, memory.postgresProcesses(),
                memory.postgresRss(), memory.postgresPss(), memory.jvmRss() + memory.postgresRss(),
                memory.jvmRss() + memory.postgresPss());
    }
}
