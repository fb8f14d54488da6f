package forum.projections.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.projections.contract.SealedValues;
import forum.projections.personaldata.SubjectKeys;
import forum.core.network.NetworkEvent;
import forum.core.shared.DomainEvent;
import forum.projections.runtime.ReadModelWrites;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ProjectionPositions;
import forum.projections.runtime.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Rebuilds every projection from the event store. Each tenant is rebuilt in one transaction: its rows are
 * deleted and its events replayed, so readers see the old rows until the new ones commit. The consumers are
 * paused meanwhile (ConsumerPause, which refuses where it cannot pause them all); what Kafka delivers after they
 * resume is applied on top, and what the rebuild already replayed is skipped by the positions.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    public record Result(int tenants, long events, Duration took) {
    }

    private final List<Projection> projections;
    private final ProjectionPositions positions;
    private final ReadModelWrites writes;
    private final ObjectProvider<EventHistory> history;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ConsumerPause consumerPause;
    private final ObjectMapper json;
    private final SealedValues sealedValues;
    private final SubjectKeys subjectKeys;
    private final int threads;

    ReadModelRebuild(List<Projection> projections, ProjectionPositions positions, ReadModelWrites writes,
                     ObjectProvider<EventHistory> history,
                     TenantScope tenantScope, JdbcClient jdbc, TransactionTemplate transaction,
                     ConsumerPause consumerPause, ObjectMapper json, SealedValues sealedValues, SubjectKeys subjectKeys,
                     @Value("${forum.rebuild.threads:#{2 * T(java.lang.Runtime).getRuntime().availableProcessors()}}")
                     int threads) {
        this.projections = projections;
        this.positions = positions;
        this.writes = writes;
        this.history = history;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.consumerPause = consumerPause;
        this.json = json;
        this.sealedValues = sealedValues;
        this.subjectKeys = subjectKeys;
        this.threads = Math.max(1, threads);
    }

    /** Rebuilds one tenant's rows, or (empty) every tenant's and the cross-tenant ones. */
    public synchronized Result rebuild(Optional<UUID> tenant) {
        EventHistory history = this.history.getObject();
        long started = System.nanoTime();
        AtomicLong events = new AtomicLong();
        List<UUID> tenants = tenant.map(List::of).orElseGet(history::tenants);
        Set<String> tenantTables = tablesWithTenant();
        try (ConsumerPause.Paused paused = consumerPause.pause()) {
            inParallel(tenants, tenantId -> transaction.executeWithoutResult(status -> {
                tenantScope.enter(tenantId);
                subjectKeys.holdErasures(tenantId);
                clear(tenantTables, tenantId);
                events.addAndGet(replay(history, tenantId));
            }));
            if (tenant.isEmpty()) {
                transaction.executeWithoutResult(status -> {
                    clearCrossTenant(tenantTables);
                    events.addAndGet(replay(history, null));
                });
            }
        }
        Result result = new Result(tenants.size(), events.get(), Duration.ofNanos(System.nanoTime() - started));
        log.info("Rebuilt the read models of {} tenant(s) from {} events in {} ms", result.tenants(),
                result.events(), result.took().toMillis());
        return result;
    }

    /** Replays a tenant's events (or those of no tenant) in the current transaction; returns how many. */
    private long replay(EventHistory history, UUID tenantId) {
        Replay replay = new Replay();
        long[] count = {0};
        // The rows of one page are sent while the next is applied: a large municipality is one transaction, so its
        // JVM work and the database's would otherwise add up (BENCHMARKS.md, rebuild).
        try (ReadModelWrites.Ahead sending = writes.sendAhead()) {
            history.replay(tenantId, batch -> sealedValues.opened(batch).forEach(record -> {
                replay.apply(record);
                count[0]++;
            }));
        }
        positions.replace(replay.aggregates, replay.lastApplied);
        return count[0];
    }

    /**
     * Tenants are independent (their rows, positions and transactions are disjoint), so they are rebuilt
     * by {@link #threads} at a time: while one waits for the database, another parses events. Two per core by
     * default: on 2 cores, 4 threads rebuild about 16% more events a second than 2 (BENCHMARKS.md, rebuild).
     */
    private void inParallel(List<UUID> tenants, Consumer<UUID> rebuildOne) {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            tenants.forEach(t -> done.add(workers.submit(() -> rebuildOne.accept(t))));
            for (Future<?> tenant : done) {
                tenant.get();
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Rebuilding a tenant failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The rebuild was interrupted", interrupted);
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * One transaction's replay. Every aggregate in it is replayed from its first event, so the positions are
     * kept here and written once at the end, replacing the aggregates' old ones (two statements instead of
     * one per event and projection).
     */
    private final class Replay {

        final Set<String> aggregates = new HashSet<>();
        final Map<String, Map<String, Long>> lastApplied = new HashMap<>();

        void apply(DomainEventRecord record) {
            DomainEvent event = DomainEventTypes.read(json, record);
            // A network is shared by tenants: its positions run ahead of any one tenant's replay, and the
            // tenant's rows written from it were just deleted, so its events are applied again regardless. Its
            // positions stay: replaced by one tenant's share of its events, the consumers would see a gap.
            boolean shared = event instanceof NetworkEvent;
            if (!shared) {
                aggregates.add(record.subject());
            }
            for (Projection projection : projections) {
                if (projection.handles(event.getClass())
                        && (shared || advance(projection.name(), record))) {
                    projection.apply(event, record);
                }
            }
        }

        private boolean advance(String projection, DomainEventRecord record) {
            Map<String, Long> applied = lastApplied.computeIfAbsent(projection, name -> new HashMap<>());
            Long last = applied.get(record.subject());
            if (last != null && last >= record.sequence()) {
                return false;
            }
            applied.put(record.subject(), record.sequence());
            return true;
        }
    }

    /**
     * Deletes the tenant's rows from every table in one statement (one data-modifying CTE per table): a
     * rebuild of all clears 750 tenants, and a round trip per table and tenant cost more than the deletes.
     */
    private void clear(Set<String> tenantTables, UUID tenantId) {
        List<String> cleared = ownedTables().stream().filter(tenantTables::contains).toList();
        List<String> deletes = new ArrayList<>();
        for (String table : cleared) {
            deletes.add("d" + deletes.size() + " as (delete from " + table + " where tenant_id = :tenant)");
        }
        if (!deletes.isEmpty()) {
            jdbc.sql("with " + String.join(", ", deletes) + " select 1").param("tenant", tenantId)
                    .query(Integer.class).single();
        }
        writes.emptied(cleared);
    }

    private void clearCrossTenant(Set<String> tenantTables) {
        for (String table : ownedTables()) {
            if (!tenantTables.contains(table)) {
                jdbc.sql("delete from " + table).update();
            }
        }
    }

    private List<String> ownedTables() {
        return projections.stream()
                .flatMap(p -> p.tables().stream())
                .peek(ReadModelRebuild::requirePlainName)
                .distinct().toList();
    }

    private Set<String> tablesWithTenant() {
        return jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'tenant_id'
                        """).query(String.class).list().stream().collect(Collectors.toSet());
    }

    private static void requirePlainName(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalStateException("Not a table name: " + table);
        }
    }
}
