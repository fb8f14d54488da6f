package forum.api.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the benchmark's JVM (application, in-JVM Kafka broker and the benchmark
 * itself) and of the PostgreSQL server (postmaster and all its backends), read from /proc.
 */
final class Processes {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private final long postmaster;

    Processes(long postmasterPid) {
        this.postmaster = postmasterPid;
    }

    /** The server's processes: its postmaster's descendants, wherever the postmaster itself was started from. */
    List<ProcessHandle> postgres() {
        return Stream.concat(ProcessHandle.of(postmaster).stream(),
                ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)).toList();
    }

    static long jvmPid() {
        return ProcessHandle.current().pid();
    }

    /** CPU seconds used so far by the JVM and by the server's live processes. */
    record CpuTime(double jvm, double postgres) {

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(jvm - earlier.jvm, postgres - earlier.postgres);
        }
    }

    CpuTime cpu() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double postgresSeconds = 0;
        for (ProcessHandle process : postgres()) {
            postgresSeconds += cpuSeconds(process.pid());
        }
        return new CpuTime(os.getProcessCpuTime() / 1e9, postgresSeconds);
    }

    /** Resident memory in MiB: VmRSS summed (counts PostgreSQL's shared buffers once per backend) and Pss summed. */
    record Memory(double jvmRss, double postgresRss, double postgresPss, int postgresProcesses) {
    }

    Memory memory() {
        double rss = 0;
        double pss = 0;
        List<ProcessHandle> server = postgres();
        for (ProcessHandle process : server) {
            rss += kib(process.pid(), "status", "VmRSS:");
            pss += kib(process.pid(), "smaps_rollup", "Pss:");
        }
        return new Memory(kib(jvmPid(), "status", "VmRSS:") / 1024, rss / 1024, pss / 1024, server.size());
    }

    /** Garbage collections (count, and milliseconds the collectors report) and the JIT compiler's CPU so far. */
    record JvmActivity(long collections, long collectionMillis, double jitSeconds) {

        JvmActivity minus(JvmActivity earlier) {
            return new JvmActivity(collections - earlier.collections, collectionMillis - earlier.collectionMillis,
                    jitSeconds - earlier.jitSeconds);
        }

        @Override
        public String toString() {
            return String.format("%d collections, %d ms; JIT compiler %.1f s of CPU", collections, collectionMillis,
                    jitSeconds);
        }
    }

    static JvmActivity jvmActivity() {
        long collections = 0;
        long millis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new JvmActivity(collections, millis, jitCompilerCpuSeconds());
    }

    /** CPU time the JIT compiler's threads (HotSpot's "C1/C2 CompilerThread") have used in this JVM. */
    static double jitCompilerCpuSeconds() {
        return threadCpuSeconds().entrySet().stream().filter(thread -> thread.getKey().contains("CompilerThre"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /**
     * CPU seconds of this JVM's threads, by the name the kernel knows (15 characters at most) with digits masked,
     * so that a pool's threads add up; the JIT compiler's and the garbage collector's threads included.
     */
    static Map<String, Double> threadCpuSeconds() {
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            Map<String, Double> byName = new HashMap<>();
            threads.forEach(thread -> {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip().replaceAll("\\d+", "#");
                    byName.merge(name, cpuSeconds(thread.resolve("stat")), Double::sum);
                } catch (IOException ended) {
                    // a thread that ended between listing and reading
                }
            });
            return byName;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static double cpuSeconds(long pid) {
        return cpuSeconds(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    private static double cpuSeconds(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long userTicks = Long.parseLong(fields[11]);
            long systemTicks = Long.parseLong(fields[12]);
            return (userTicks + systemTicks) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0; // a backend that ended between listing and reading
        }
    }

    private static double kib(long pid, String file, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), file))) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Double.parseDouble(line.substring(field.length()).trim().split("\\s+")[0]))
                    .orElse(0.0);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
