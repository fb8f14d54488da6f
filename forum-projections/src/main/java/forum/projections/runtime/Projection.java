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

    void apply(DomainEvent event, DomainEventRecord record);
}
