package forum.projections.runtime;

import forum.projections.contract.DomainEventRecord;
import forum.core.shared.DomainEvent;

import java.util.List;

/**
 * One read model fed from the domain-events topic. The consumer (ProjectionConsumer) calls {@link #apply} inside the transaction
 * that also advances the projection's position, with the event's tenant already set. Projections write through
 * {@link forum.projections.runtime.ReadModelWrites}, which sends a transaction's rows in batches.
 */
public interface Projection {

    /** Stable name, the key of this projection's positions. */
    String name();

    /**
     * The tables this projection alone writes; a rebuild empties them (a tenant's rows, or all) before
     * replaying the event store into them.
     */
    List<String> tables();

    /** Whether this projection reads this kind of event at all. */
    boolean handles(Class<? extends DomainEvent> eventType);

    /**
     * Writes the event's rows. An event of a type it {@link #handles} always has a branch here; the chain of
     * branches ends with {@code throw unhandled(event)}.
     */
    void apply(DomainEvent event, DomainEventRecord record);

    /** What {@link #apply} throws for an event it has no branch for. */
    default UnhandledEventException unhandled(DomainEvent event) {
        return new UnhandledEventException(this, event);
    }
}
