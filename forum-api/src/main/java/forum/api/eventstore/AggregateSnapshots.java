package forum.api.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.projections.runtime.TenantScope;
import jakarta.annotation.PreDestroy;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots of aggregates with long streams: after every {@link #EVENTS_PER_SNAPSHOT} events of one aggregate its
 * state is stored, and loading it reads that snapshot and the events after it. Without them a command on a venue
 * with 1,000 issues would read and apply all 1,000 events, 120–180 ms (BENCHMARKS.md, growth).
 *
 * <p>The aggregates keep their state in private fields without getters, so their snapshots are written by a
 * serializer of their own that reads fields; events keep theirs. A snapshot that no longer fits its class (a field
 * renamed) is skipped with a warning and the aggregate is loaded from all its events; raising the aggregate's
 * {@code @Revision} makes Axon ignore the old snapshots without a warning.
 */
@org.springframework.context.annotation.Configuration
class AggregateSnapshots {

    static final int EVENTS_PER_SNAPSHOT = 100;
    private static final int SNAPSHOTS_WAITING = 1_000;

    /** Not a bean: an Executor bean would replace Spring Boot's application task executor. */
    private final ExecutorService snapshotTaker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(SNAPSHOTS_WAITING), runnable -> {
                Thread thread = new Thread(runnable, "forum-snapshotter");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    /**
     * Spring's default snapshotter only knows aggregates declared as Spring beans; Forum's are registered with
     * Axon's configurer (AggregateConfiguration), so this one is told them. Snapshots are taken by a thread of
     * their own after the command has committed, so the command that crosses the count does not wait for reading
     * the whole stream once more. When snapshots are asked for faster than it takes them, the command's thread
     * takes its own: a dropped task would leave its aggregate marked as in progress, never snapshotted again.
     */
    @Bean
    Snapshotter aggregateSnapshotter(EventStore eventStore, TransactionManager transactionManager,
                                     Configuration configuration, ParameterResolverFactory parameterResolverFactory,
                                     HandlerDefinition handlerDefinition, TenantScope tenantScope) {
        return AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .executor(SnapshotsInTheirTenant.carryingTheTenant(snapshotTaker))
                .aggregateFactories(AggregateConfiguration.AGGREGATES.stream()
                        .<AggregateFactory<?>>map(aggregate -> factory(aggregate, parameterResolverFactory,
                                handlerDefinition)).toList())
                .repositoryProvider(configuration::repository)
                .transactionManager(SnapshotsInTheirTenant.enteringTheTenant(transactionManager, tenantScope))
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .build();
    }

    /** With the application's parameter resolvers: command handlers take a Clock or a directory. */
    private static <A> AggregateFactory<?> factory(Class<A> aggregate, ParameterResolverFactory resolvers,
                                                   HandlerDefinition handlers) {
        return new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregate, resolvers, handlers));
    }

    @PreDestroy
    void stopTakingSnapshots() {
        snapshotTaker.shutdownNow();
    }

    static SnapshotTriggerDefinition trigger(Configuration config) {
        return new EventCountSnapshotTriggerDefinition(config.snapshotter(), EVENTS_PER_SNAPSHOT);
    }

    /** Reads and writes an aggregate's fields, whatever their visibility, and nothing else. */
    static Serializer snapshotSerializer(ObjectMapper json) {
        ObjectMapper fields = json.copy()
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }
}
