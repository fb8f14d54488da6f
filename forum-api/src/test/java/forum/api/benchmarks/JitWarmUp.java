package forum.api.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs an operation until the JIT compiler has little left to do, as in a server that has run for a while. On
 * 2 cores the compiler threads took a core for minutes after start (thread CPU sampled during the append
 * benchmark: 0.6 to 0.8 of a core still in its paced phases, after a 10 s warm-up), which measured the JIT
 * rather than the command path.
 */
final class JitWarmUp {

    private static final Duration SLICE = Duration.ofSeconds(5);
    /** Compiling for less than this share of a slice counts as settled. */
    private static final double SETTLED = 0.1;

    private JitWarmUp() {
    }

    /** What a warm-up did: operations, how long it ran, and the compiler's CPU in each of its slices. */
    record Outcome(long operations, Duration took, List<Duration> compilingBySlice, boolean settled) {

        @Override
        public String toString() {
            return String.format("%d s, %s; the JIT compiler's CPU seconds in each %d s: %s", took.toSeconds(),
                    settled ? "settled" : "not settled by the cap", SLICE.toSeconds(), compilingBySlice.stream()
                            .map(compiling -> String.format("%.1f", compiling.toMillis() / 1000.0))
                            .collect(Collectors.joining(" ")));
        }
    }

    /** The compiler threads' CPU time so far, in milliseconds: {@link #since} gives a phase's. */
    static long compiledMillis() {
        return Math.round(Processes.jitCompilerCpuSeconds() * 1000);
    }

    static Duration since(long compiledMillis) {
        return Duration.ofMillis(compiledMillis() - compiledMillis);
    }

    /**
     * Closed loop on {@code threads} in slices of 5 s until the compiler's CPU in a slice falls under 10% of it, at
     * most {@code cap}.
     */
    static Outcome run(int threads, Duration minimum, Duration cap, Load.Operation operation)
            throws InterruptedException {
        long operations = 0;
        Duration took = Duration.ZERO;
        List<Duration> compilingBySlice = new ArrayList<>();
        boolean settled = false;
        while (!settled && took.compareTo(cap) < 0) {
            long before = compiledMillis();
            operations += Load.closedLoop(threads, SLICE, operation).operations();
            took = took.plus(SLICE);
            Duration compiling = since(before);
            compilingBySlice.add(compiling);
            settled = took.compareTo(minimum) >= 0 && compiling.toMillis() < SETTLED * SLICE.toMillis();
        }
        return new Outcome(operations, took, compilingBySlice, settled);
    }
}
