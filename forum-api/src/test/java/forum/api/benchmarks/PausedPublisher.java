package forum.api.benchmarks;

import forum.projections.runtime.ConsumerLag;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;

import java.sql.SQLException;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Stops the Kafka publisher: while a benchmark fills the event store by SQL, then starts it past what was
 * filled in, so the generated history is not published; or while it measures the command path without the
 * pipeline, then starts it where it stopped, so that everything appended meanwhile is published.
 */
final class PausedPublisher {

    private final Lifecycle publisher;
    private final BenchDatabase database;

    private PausedPublisher(Lifecycle publisher, BenchDatabase database) {
        this.publisher = publisher;
        this.database = database;
    }

    static PausedPublisher pause(ApplicationContext context, BenchDatabase database) {
        Lifecycle publisher = context.getBean("publisherLoop", Lifecycle.class);
        publisher.stop();
        return new PausedPublisher(publisher, database);
    }

    /**
     * Starts the publisher from its stored position, and waits until it has published every event stored before
     * now and the consumers have applied them (their committed offsets at the topic's end); returns how long.
     */
    Duration resumeAndCatchUp(ConsumerLag consumers, Duration atMost) throws SQLException {
        long head = database.queryLong("select max(global_index) from domain_event_entry");
        long started = System.nanoTime();
        resume();
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() ->
                database.queryLong("select coalesce(max(global_index), -1) from publisher_position") >= head
                        && consumers.measure().values().stream().allMatch(behind -> behind == 0));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Starts the publisher where it stopped, so that it publishes everything appended meanwhile. */
    void resume() {
        publisher.start();
    }

    /** Moves the publisher's position to the newest stored event and starts it from there. */
    void resumeAtHead() throws SQLException {
        database.executeAsOwner("""
                insert into publisher_position (publisher, global_index)
                select 'kafka', max(global_index) from domain_event_entry
                on conflict (publisher) do update set global_index = excluded.global_index, gaps = '{}'
                """);
        publisher.start();
    }
}
