package forum.api.benchmarks;

import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;

import java.sql.SQLException;

/**
 * Stops the Kafka publisher while a benchmark fills the event store by SQL, then starts it past what was
 * filled in, so the generated history is not published.
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
