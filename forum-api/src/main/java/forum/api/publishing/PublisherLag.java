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
class PublisherLag implements DisposableBean {

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

    /** Measures now; also what the gauge shows between measurements. */
    long measure() {
        try {
            long stored = relay.sql("select coalesce(max(global_index), -1) from domain_event_entry")
                    .query(Long.class).single();
            long published = jdbc.sql("select global_index from publisher_position where publisher = :publisher")
                    .param("publisher", PublisherPosition.PUBLISHER)
                    .query(Long.class)
                    .optional().orElse(-1L);
            behind.set(stored - published);
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
