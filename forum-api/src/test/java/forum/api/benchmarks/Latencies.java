package forum.api.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** Latencies of one run, kept whole (no histogram buckets), so percentiles are exact. */
final class Latencies {

    private long[] nanos = new long[4096];
    private int size;

    synchronized void record(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        return new Summary(size, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), at(sorted, 0.999),
                size == 0 ? Double.NaN : millis(sorted[size - 1]));
    }

    /** Nearest-rank percentile. */
    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return millis(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
    }

    private static double millis(long nanos) {
        return nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }

    /** Milliseconds. */
    record Summary(int count, double p50, double p95, double p99, double p999, double max) {

        @Override
        public String toString() {
            return String.format("n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms",
                    count, p50, p95, p99, p999, max);
        }
    }
}
