package forum.projections.support;

import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.EventTenancy;
import forum.projections.runtime.Projection;
import forum.projections.runtime.WritesWithoutDatabase;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds a projection a sample of each event type it reads ({@link Projection#handles}), each in a transaction of its
 * own without a database (WritesWithoutDatabase), and tells what it did with each.
 */
public final class ProjectionSamples {

    private ProjectionSamples() {
    }

    /** What a projection did with the sample of one event type: the statements it queued, or what it threw. */
    public record Fed(Class<? extends DomainEvent> type, int queued, RuntimeException failure) {

        public void wroteWithoutError() {
            assertThat(failure).as(type.getSimpleName() + " applied without error").isNull();
            assertThat(queued).as(type.getSimpleName() + " queued a write").isPositive();
        }
    }

    /**
     * Every event type under these sealed interfaces that the projection reads, fed once; the interfaces must hold
     * every type it reads.
     */
    public static List<Fed> fedEach(Projection projection, WritesWithoutDatabase database, Class<?>... sealed) {
        List<Class<? extends DomainEvent>> types = SampleEvents.typesUnder(sealed);
        List<String> elsewhere = DomainEventTypes.all().stream()
                .filter(projection::handles).filter(type -> !types.contains(type)).map(Class::getSimpleName).toList();
        assertThat(elsewhere).as(projection.name() + " reads events of other interfaces too").isEmpty();
        return types.stream().filter(projection::handles).map(type -> fed(projection, database, type)).toList();
    }

    /** A sample of an event type the projection does not read: one its chain of branches has no branch for. */
    public static DomainEvent notReadBy(Projection projection) {
        return DomainEventTypes.all().stream().filter(type -> !projection.handles(type))
                .min(Comparator.comparing(Class::getName)).map(SampleEvents::sample)
                .orElseThrow(() -> new IllegalArgumentException(projection.name() + " reads every event type"));
    }

    /** Applies the event as the consumer would, under the tenant of its rows; returns the statements it queued. */
    public static int apply(Projection projection, WritesWithoutDatabase database, DomainEvent event) {
        DomainEventRecord record = SampleEvents.recordOf(event);
        return database.queuedBy(EventTenancy.rowsTenant(record, event), () -> projection.apply(event, record));
    }

    private static Fed fed(Projection projection, WritesWithoutDatabase database, Class<? extends DomainEvent> type) {
        try {
            return new Fed(type, apply(projection, database, SampleEvents.sample(type)), null);
        } catch (RuntimeException failure) {
            return new Fed(type, 0, failure);
        }
    }
}
