package forum.api.publishing;

import forum.api.eventstore.EventRelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events stored past the publisher's place, measured every few seconds from the database (gauge
 * {@code forum.publisher.events.behind}): zero or near it while the publisher keeps up, growing while it cannot
 * reach Kafka or no instance holds its lease. Events inside the place's gaps are not counted.
 */
@Component
public class PublisherLag implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublisherLag.class);

    private final JdbcClient jdbc;
    private final JdbcClient relay;
    private final AtomicLong behind = new AtomicLong();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forum-publisher-lag");
        thread.setDaemon(true);
        return thread;
    });

    PublisherLag(JdbcClient jdbc, EventRelay relay, MeterRegistry meters,
                 @Value("${forum.projections.runtime-interval-seconds:5}") long intervalSeconds) {
        this.jdbc = jdbc;
        // The last of every tenant's events: only the relay role sees them all.
        this.relay = relay.jdbc();
        Gauge.builder("forum.publisher.events.behind", behind, AtomicLong::get)
                .description("Events in the event store that the publisher has not brought to Kafka yet")
                .register(meters);
        schedule.scheduleWithFixedDelay(this::measure, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** The events stored past the publisher's place, and when the first of them was stored (empty when none). */
    public record Behind(long events, Optional<Instant> oldest) {
    }

    /** Measures now, with the time of the oldest event not yet on Kafka; fails while the database is away. */
    public Behind behind() {
        long published = published();
        long events = relay.sql("select coalesce(max(global_index), -1) from domain_event_entry")
                .query(Long.class).single() - published;
        behind.set(events);
        Optional<Instant> oldest = events <= 0 ? Optional.empty() : relay.sql("""
                        select time_stamp from domain_event_entry where global_index > :published
                        order by global_index limit 1
                        """)
                .param("published", published)
                .query(String.class)
                .optional()
                .map(Instant::parse);
        return new Behind(Math.max(events, 0), oldest);
    }

    private long published() {
        return jdbc.sql("select global_index from publisher_position where publisher = :publisher")
                .param("publisher", PublisherPosition.PUBLISHER)
                .query(Long.class)
                .optional().orElse(-1L);
    }

    /** Measures now; also what the gauge shows between measurements. */
    long measure() {
        try {
            long stored = relay.sql("select coalesce(max(global_index), -1) from domain_event_entry")
                    .query(Long.class).single();
            behind.set(stored - published());
        } catch (RuntimeException databaseAway) {
            log.debug("Could not measure the publisher's lag: {}", databaseAway.getMessage());
        }
        return behind.get();
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
