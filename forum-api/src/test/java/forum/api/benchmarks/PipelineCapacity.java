package forum.api.benchmarks;

import forum.projections.runtime.ProjectionConsumer;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

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
        MessageListenerContainer consumers = consumers();
        boolean publishing = false;
        try {
            appendAll(events, append);
            consumers.pause();
            await().atMost(Duration.ofSeconds(30)).until(consumers::isContainerPaused);
            long head = database.queryLong("select max(global_index) from domain_event_entry");

            Usage sending = Usage.start(processes);
            publisher.resume();
            publishing = true;
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() ->
                    database.queryLong("select coalesce(max(global_index), -1) from publisher_position") >= head);
            report.row("publisher alone (consumers paused)", sending.stop(processes, events));

            Usage applying = Usage.start(processes);
            consumers.resume();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> database.queryLong(
                    "select count(*) from venue_issue where observed_at >= ?", observedFrom) >= events);
            report.row("consumers alone (publisher done)", applying.stop(processes, events));
        } finally {
            // The benchmarks after this one share the application: it must be left publishing and consuming.
            if (!publishing) {
                publisher.resume();
            }
            consumers.resume();
        }
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
    private record Usage(long started, Processes.CpuTime cpu, Map<String, Double> threads) {

        static Usage start(Processes processes) {
            return new Usage(System.nanoTime(), processes.cpu(), Processes.threadCpuSeconds());
        }

        String stop(Processes processes, int events) {
            double seconds = (System.nanoTime() - started) / 1e9;
            Processes.CpuTime used = processes.cpu().minus(cpu);
            Map<String, Double> byThread = new HashMap<>();
            Processes.threadCpuSeconds().forEach((name, total) ->
                    byThread.put(name, total - threads.getOrDefault(name, 0.0)));
            String busiest = byThread.entrySet().stream().filter(thread -> thread.getValue() > seconds / 50)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                    .map(thread -> String.format("%s %.0f", thread.getKey(), thread.getValue() * 1e6 / events))
                    .collect(Collectors.joining(", "));
            return String.format("%s; CPU/event: JVM %.0f µs, PostgreSQL %.0f µs; threads over 2%% of a core"
                            + " (µs/event): %s", Report.perSecond(events / seconds), used.jvm() * 1e6 / events,
                    used.postgres() * 1e6 / events, busiest);
        }
    }
}
