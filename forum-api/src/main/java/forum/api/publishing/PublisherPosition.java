package forum.api.publishing;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The publisher's place in the event store and its lease (table publisher_position). Each statement commits on
 * its own: the place moves only after Kafka has acknowledged the events before it.
 */
@Component
class PublisherPosition {

    static final String PUBLISHER = "kafka";

    private final JdbcClient jdbc;

    PublisherPosition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes or renews the lease when it is free, expired or already ours; false when another instance holds it. */
    boolean claim(String owner, Duration lease) {
        return jdbc.sql("""
                        insert into publisher_position (publisher, owner, lease_until)
                        values (:publisher, :owner, now() + cast(:lease as interval))
                        on conflict (publisher) do update
                            set owner = excluded.owner, lease_until = excluded.lease_until
                            where publisher_position.owner = excluded.owner or publisher_position.lease_until < now()
                        """)
                .param("publisher", PUBLISHER)
                .param("owner", owner)
                .param("lease", lease.toMillis() + " milliseconds")
                .update() == 1;
    }

    /** Where publishing resumes: null for the beginning of the store. */
    TrackingToken token() {
        return jdbc.sql("select global_index, gaps from publisher_position where publisher = :publisher")
                .param("publisher", PUBLISHER)
                .query((row, n) -> {
                    long index = row.getLong("global_index");
                    if (row.wasNull()) {
                        return null;
                    }
                    Long[] gaps = (Long[]) row.getArray("gaps").getArray();
                    return (TrackingToken) GapAwareTrackingToken.newInstance(index, Arrays.asList(gaps));
                })
                .optional()
                .orElse(null);
    }

    /**
     * Moves the place past events Kafka has acknowledged and renews the lease; false when the lease is no
     * longer ours (it expired and another instance took it), and nothing changes then.
     */
    boolean advance(String owner, Duration lease, TrackingToken token) {
        if (!(token instanceof GapAwareTrackingToken position)) {
            throw new IllegalArgumentException("Not a position in the JDBC event store: " + token);
        }
        List<Long> gaps = List.copyOf(position.getGaps());
        return jdbc.sql("""
                        update publisher_position
                        set global_index = :index, gaps = cast(:gaps as bigint[]),
                            lease_until = now() + cast(:lease as interval)
                        where publisher = :publisher and owner = :owner
                        """)
                .param("index", position.getIndex())
                .param("gaps", gaps.toArray(Long[]::new))
                .param("lease", lease.toMillis() + " milliseconds")
                .param("publisher", PUBLISHER)
                .param("owner", owner)
                .update() == 1;
    }

    /** Ends the lease now, so that another instance need not wait for it to expire. */
    void release(String owner) {
        jdbc.sql("update publisher_position set lease_until = now() where publisher = :publisher and owner = :owner")
                .param("publisher", PUBLISHER)
                .param("owner", owner)
                .update();
    }
}
