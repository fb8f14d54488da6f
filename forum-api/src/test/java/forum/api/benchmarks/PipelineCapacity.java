package forum.api.benchmarks;

import forum.projections.stream.ProjectionConsumer;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * What each half of the pipeline does with the machine to itself, which bounds how fast a backlog drains: events
 * appended with the publisher stopped, published with the consumers paused, then applied by the consumers with
 * nothing else running. The lag phases share the two cores between the appends and both halves.
 */
final class PipelineCapacity {

    private static final int APPENDING_THREADS = 16;

    private final ApplicationContext context;
    private final BenchDatabase database;
    private final Processes processes;

    PipelineCapacity(ApplicationContext context, BenchDatabase database, Processes processes) {
        this.context = context;
        this.database = database;
        this.processes = processes;
    }

    /** Appends {@code events} venue issues by {@code append}, each observed when appended, then drains them. */
    void measure(int events, Load.Operation append, Report report) throws Exception {
        Timestamp observedFrom = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        PausedPublisher publisher = PausedPublisher.pause(context, database);
        appendAll(events, append);
        MessageListenerContainer consumers = consumers();
        consumers.pause();
        await().atMost(Duration.ofSeconds(30)).until(consumers::isContainerPaused);
        long head = database.queryLong("select max(global_index) from domain_event_entry");

        Usage publishing = Usage.start(processes);
        publisher.resume();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() ->
                database.queryLong("select coalesce(max(global_index), -1) from publisher_position") >= head);
        report.row("publisher alone (consumers paused)", publishing.stop(processes, events));

        Usage applying = Usage.start(processes);
        consumers.resume();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() ->
                database.queryLong("select count(*) from venue_issue where observed_at >= ?", observedFrom) >= events);
        report.row("consumers alone (publisher done)", applying.stop(processes, events));
    }

    private MessageListenerContainer consumers() {
        return context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(ProjectionConsumer.GROUP);
    }

    private static void appendAll(int events, Load.Operation append) throws Exception {
        ExecutorService appenders = Executors.newFixedThreadPool(APPENDING_THREADS);
        try {
            List<Future<?>> appended = new ArrayList<>(events);
            for (int i = 0; i < events; i++) {
                long sequence = i;
                appended.add(appenders.submit(() -> {
                    append.run(sequence);
                    return null;
                }));
            }
            for (Future<?> one : appended) {
                one.get();
            }
        } finally {
            appenders.shutdown();
        }
    }

    /** Wall time, process CPU, and the CPU of the JVM's threads by name, from a start. */
    private record Usage(long started, Processes.CpuTime cpu, Map<String, Long> threads) {

        static Usage start(Processes processes) {
            return new Usage(System.nanoTime(), processes.cpu(), threadCpu());
        }

        String stop(Processes processes, int events) {
            long nanos = System.nanoTime() - started;
            Processes.CpuTime used = processes.cpu().minus(cpu);
            Map<String, Long> byThread = new HashMap<>();
            threadCpu().forEach((name, total) -> byThread.put(name, total - threads.getOrDefault(name, 0L)));
            String busiest = byThread.entrySet().stream().filter(thread -> thread.getValue() > nanos / 50)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                    .map(thread -> String.format("%s %.0f", thread.getKey(), thread.getValue() / 1e3 / events))
                    .collect(Collectors.joining(", "));
            return String.format("%s; CPU/event: JVM %.0f µs, PostgreSQL %.0f µs; of which threads (µs/event): %s",
                    Report.perSecond(events / (nanos / 1e9)), used.jvm() * 1e6 / events,
                    used.postgres() * 1e6 / events, busiest);
        }

        /** CPU nanoseconds by thread name, digits masked so that a pool's threads add up. */
        private static Map<String, Long> threadCpu() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<String, Long> byName = new HashMap<>();
            for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
                long cpu = thread == null ? -1 : threads.getThreadCpuTime(thread.getThreadId());
                if (cpu > 0) {
                    byName.merge(thread.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
                }
            }
            return byName;
        }
    }
}
