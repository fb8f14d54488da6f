package forum.projections.rebuild;

import forum.projections.contract.DomainEventRecord;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The event store, read from the beginning: the source of truth a rebuild replays. */
public interface EventHistory {

    /** Every tenant that has signed up. */
    List<UUID> tenants();

    /**
     * The events of one tenant (or, with {@code null}, the events of no tenant) in event-store order, handed
     * over in batches.
     */
    void replay(UUID tenantId, Consumer<List<DomainEventRecord>> batches);
}
