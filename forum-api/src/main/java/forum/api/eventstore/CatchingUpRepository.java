package forum.api.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps aggregates in memory between commands, and before each command reads the events this instance has not
 * seen. Axon's caching repository trusts its cache; with several API instances, one that appended to a venue
 * would leave the others deciding on a stale venue until their append clashed. Here a cached aggregate is
 * brought up to date by one indexed read that is empty when nothing was missed, so a command decides on the
 * whole stream as when it was loaded from the store, at the cost of that read instead of every event.
 *
 * <p>The optimistic lock still guards the append: an event appended elsewhere between the read and the commit
 * makes the commit fail, and the rollback evicts the aggregate (as it does for a refused command), so the next
 * command loads it again.
 *
 * <p>The unit of work may join a transaction begun before it (a request with an Idempotency-Key commits its answer
 * with the events). Its commit is then not the database's: so an aggregate saved to the cache leaves it again
 * unless the database transaction commits, or the cache would hold events the store has not; and its lock is held
 * until then ({@link LocksHeldUntilCommit}).
 */
final class CatchingUpRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;

    private CatchingUpRepository(Builder<T> builder, Cache cache, EventStore eventStore) {
        super(builder.cache(cache).eventStore(eventStore));
        this.cache = cache;
        this.eventStore = eventStore;
    }

    /** As Axon's configurer builds an aggregate's repository, with the application's parameter resolvers. */
    static <T> CatchingUpRepository<T> of(Class<T> aggregate, Configuration config, Cache cache,
                                          SnapshotTriggerDefinition snapshots) {
        EventSourcingRepository.Builder<T> builder = EventSourcingRepository.builder(aggregate)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregate,
                        config.parameterResolverFactory(), config.handlerDefinition(aggregate)))
                .snapshotTriggerDefinition(snapshots)
                .lockFactory(new LocksHeldUntilCommit())
                .repositoryProvider(config::repository)
                .spanFactory(config.getComponent(RepositorySpanFactory.class));
        return new CatchingUpRepository<>(builder, cache, config.eventStore());
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        // Evicted in between, it is loaded from the store, and the read for missed events finds none.
        boolean cached = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (cached) {
            catchUp(aggregate);
        }
        return aggregate;
    }

    @Override
    protected void doSaveWithLock(EventSourcedAggregate<T> aggregate) {
        super.doSaveWithLock(aggregate);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            String identifier = aggregate.identifierAsString();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    // Before LocksHeldUntilCommit frees the aggregate for the next command.
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        cache.remove(identifier);
                    }
                }
            });
        }
    }

    private void catchUp(EventSourcedAggregate<T> aggregate) {
        Long version = aggregate.version();
        DomainEventStream missed = eventStore.readEvents(aggregate.identifierAsString(),
                version == null ? 0 : version + 1);
        // initializeState on an empty stream would set the sequence to null.
        if (missed.hasNext()) {
            aggregate.initializeState(missed);
        }
    }
}
