package forum.projections.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the records the publisher would put on the topic: one sequence per aggregate, starting at 0, the
 * type named like the publisher names it, the payload as JSON.
 */
public final class Streams {

    private final ObjectMapper json;
    private final Map<String, Long> sequences = new HashMap<>();

    public Streams(ObjectMapper json) {
        this.json = json;
    }

    /** The next event of the aggregate's stream, acted by {@code actor}. */
    public DomainEventRecord next(UUID tenant, Object aggregateId, Instant time, String actor, DomainEvent event) {
        long sequence = sequences.merge(aggregateId.toString(), 0L, (last, ignored) -> last + 1);
        return record(tenant, aggregateId, sequence, time, actor, event);
    }

    public DomainEventRecord next(UUID tenant, Object aggregateId, Instant time, DomainEvent event) {
        return next(tenant, aggregateId, time, "user-" + (tenant == null ? "operator" : tenant), event);
    }

    public DomainEventRecord record(UUID tenant, Object aggregateId, long sequence, Instant time, String actor,
                                    DomainEvent event) {
        return new DomainEventRecord(UUID.randomUUID().toString(), typeOf(event.getClass()), aggregateId.toString(),
                sequence, tenant, time, actor, UUID.randomUUID().toString(), json.valueToTree(event));
    }

    /** e.g. {@code forum.meeting.MeetingScheduled.v1}, as the publisher writes it. */
    public static String typeOf(Class<?> eventType) {
        String pkg = eventType.getPackageName();
        return "forum." + pkg.substring(pkg.lastIndexOf('.') + 1) + "." + eventType.getSimpleName() + ".v1";
    }
}
