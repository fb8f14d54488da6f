package forum.projections.stream;

import forum.core.shared.DomainEvent;

/**
 * One read model fed from the domain-events topic. {@link ReadModelConsumer} calls {@link #apply} inside
 * the transaction that also advances the projection's position, with the event's tenant already set.
 */
public interface Projection {

    /** Stable name, the key of this projection's positions. */
    String name();

    /** Whether this projection reads this kind of event at all. */
    boolean handles(Class<? extends DomainEvent> eventType);

    void apply(DomainEvent event, DomainEventRecord record);
}
