package forum.projections.runtime;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projections' inserts, updates and deletes, queued in the current transaction and sent to the database in
 * JDBC batches, several rows of one insert as one statement (MultiRowInsert): one round trip for many rows
 * instead of one per row, which would bound the consumers and the rebuild (BENCHMARKS.md). Everything
 * queued is sent before the transaction commits, so the read model and the positions still commit together.
 *
 * <p>Order: statements on one table are sent in the order they were queued, each under the tenant selected
 * (TenantScope) when it was queued. Statements on different tables, or of different tenants, may be sent in
 * another order than queued; that changes nothing because each statement writes one table and a table's rows
 * of one tenant are written only under that tenant (row-level security). A projection that reads a table it
 * writes calls {@link #flush} first.
 *
 * <p>Tenants: what the tenants queued first into a table, when it is the same insert for all of them, as in a
 * consumer's batch over many municipalities, goes as one statement for all their rows, the transaction admitting
 * those tenants' inserts ({@link TenantScope#admitBatch}); and such inserts into several tables go together, as
 * one statement too. Each row's tenant is checked against the tenant it was queued under first. What a tenant
 * queued after such an insert, and everything else, goes under its tenant.
 *
 * <p>Rows that a transaction gathers and upserts once (GatheredRows: the event ledger, the positions) go in that
 * statement too, at every flush.
 *
 * <p>An insert's {@code on conflict ... do nothing} is there for events delivered again, which the positions
 * skip anyway; a rebuild, which applies each event once to tables it has just emptied, drops it
 * ({@link #emptied}).
 *
 * <p>A transaction that writes a great deal, a rebuild, may have its full queues sent by another thread while it
 * goes on queueing ({@link #sendAhead}).
 */
@Component
public class ReadModelWrites implements DisposableBean {

    /** Sent once this many are queued, so a rebuild of a large tenant in one transaction holds little. */
    static final int MAX_QUEUED = 2_000;

    private static final Pattern TARGET = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

    private final NamedParameterJdbcTemplate jdbc;
    private final TenantScope tenantScope;
    private final ExecutorService sender = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "read-model-sender");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Set<String> primaryKeyOnly;

    public ReadModelWrites(NamedParameterJdbcTemplate jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** A statement that writes one table, with named parameters; {@link Write#queue()} queues it. */
    public Write sql(String sql) {
        Matcher target = TARGET.matcher(sql);
        if (!target.find()) {
            throw new IllegalArgumentException("Not an insert, update or delete of one table: " + sql);
        }
        return new Write(sql, target.group(1).toLowerCase());
    }

    /**
     * Sends what this transaction has queued and enters the tenant selected now; needed before reading a table
     * that projections write.
     */
    public void flush() {
        queued().flush();
        tenantScope.enter(tenantScope.tenant());
    }

    /** How many statements this transaction has queued and not sent yet: what a projection's unit test counts. */
    int unsent() {
        return queued().size;
    }

    /**
     * Until closed, each time this transaction's queue fills ({@link #MAX_QUEUED}), another thread sends it on the
     * transaction's connection (SendingAhead) while this one goes on queueing: for a transaction that writes a great
     * deal, a rebuild of a municipality, whose JVM work and the database's then overlap. Meanwhile this thread may use
     * the connection only through this class ({@link #flush}, the commit), which waits for the other thread first.
     * Closing waits for what is being sent, and fails if sending it failed.
     */
    public Ahead sendAhead() {
        return queued().startSendingAhead();
    }

    /** A transaction sending its writes ahead; see {@link #sendAhead}. */
    public interface Ahead extends AutoCloseable {

        @Override
        void close();
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }

    /**
     * Declares that this transaction has deleted the selected tenant's rows from these tables and will insert
     * each row once, as a rebuild does: its inserts into them under this tenant then go without {@code on
     * conflict ... do nothing}. The check is not free: on rows deleted in the same transaction it makes
     * PostgreSQL's inserts 60% dearer (BENCHMARKS.md, rebuild). A row inserted twice fails the transaction.
     */
    public void emptied(Collection<String> tables) {
        Queue queue = queued();
        tables.forEach(table -> queue.emptied.add(new Target(tenantScope.tenant(), table)));
    }

    /**
     * The rows of this kind ({@code key}) that the current transaction gathers, created on first use: every flush
     * sends their upsert with the queued inserts, the last flush just before the commit.
     */
    @SuppressWarnings("unchecked")
    public <T extends GatheredRows> T gathered(Object key, Supplier<T> create) {
        return (T) queued().gathered.computeIfAbsent(key, k -> create.get());
    }

    /**
     * The tables whose only unique index is their primary key (CrossTenantInsert), read from the catalogue once:
     * the schema does not change while the application runs.
     */
    private Set<String> primaryKeyOnly() {
        Set<String> tables = primaryKeyOnly;
        if (tables == null) {
            tables = Set.copyOf(jdbc.getJdbcTemplate().queryForList("""
                    select c.relname from pg_index i
                    join pg_class c on c.oid = i.indrelid
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and i.indisunique
                    group by c.relname
                    having count(*) = 1 and bool_and(i.indisprimary)
                    """, String.class));
            primaryKeyOnly = tables;
        }
        return tables;
    }

    private Queue queued() {
        return PerTransaction.state(this, Queue::new, Queue::flush);
    }

    public final class Write {

        private final String sql;
        private final String table;
        private final MapSqlParameterSource params = new MapSqlParameterSource();

        private Write(String sql, String table) {
            this.sql = sql;
            this.table = table;
        }

        public Write param(String name, Object value) {
            params.addValue(name, value);
            return this;
        }

        /** A parameter that may be null: its SQL type (java.sql.Types) spares the driver a type lookup. */
        public Write param(String name, Object value, int sqlType) {
            params.addValue(name, value, sqlType);
            return this;
        }

        /** Queues the statement in the current transaction; it is sent by the next flush, at the latest at commit. */
        public void queue() {
            queued().add(table, new Outgoing.Statement(sql, params));
        }
    }

    /** Statements not sent yet, by tenant and table, in the order they came. */
    private record Target(UUID tenant, String table) {
    }

    private final class Queue {

        private Map<Target, List<Outgoing.Statement>> writes = new LinkedHashMap<>();
        private final Set<Target> emptied = new HashSet<>();
        private final Map<Object, GatheredRows> gathered = new LinkedHashMap<>();
        private int size;
        /** Set while the transaction sends ahead ({@link #sendAhead}). */
        private SendingAhead ahead;

        void add(String table, Outgoing.Statement statement) {
            writes.computeIfAbsent(new Target(tenantScope.tenant(), table), key -> new ArrayList<>()).add(statement);
            if (++size >= MAX_QUEUED) {
                if (ahead != null) {
                    sendAhead();
                } else {
                    flush();
                }
            }
        }

        /** Sends everything queued, after whatever is being sent ahead, and returns when it has gone. */
        void flush() {
            if (ahead != null) {
                ahead.awaitSent();
            }
            take().ifPresent(this::sendHere);
        }

        Ahead startSendingAhead() {
            if (ahead != null) {
                throw new IllegalStateException("This transaction sends ahead already");
            }
            SendingAhead started = new SendingAhead(sender, jdbc);
            ahead = started;
            return () -> {
                try {
                    started.awaitSent();
                } finally {
                    ahead = null;
                    started.release();
                }
            };
        }

        /**
         * Hands what is queued to the other thread, unless sending it needs a tenant entered or admitted first,
         * which only this thread can do (TenantScope): then it sends it itself.
         */
        private void sendAhead() {
            ahead.awaitSent();
            take().ifPresent(outgoing -> {
                if (tenantScope.needsNoStatement(outgoing.insertingTenants(), outgoing.enteredTenants())) {
                    ahead.send(outgoing);
                } else {
                    sendHere(outgoing);
                }
            });
        }

        /** Sends from this thread, entering and admitting tenants as it goes (TenantScope). */
        private void sendHere(Outgoing outgoing) {
            UUID current = tenantScope.tenant();
            outgoing.send(jdbc, through(tenantScope));
            // Chosen again, not entered: whatever reads next enters it (flush() and the readers do), a commit needs
            // none, and telling the database would cost a round trip per consumer batch.
            tenantScope.select(current);
        }

        /** Takes what is queued and what was gathered out of the queue, as what one flush sends. */
        private Optional<Outgoing> take() {
            List<GatheredRows.Upsert> upserts = gathered.values().stream().map(GatheredRows::drain)
                    .flatMap(Optional::stream).toList();
            if (size == 0 && upserts.isEmpty()) {
                return Optional.empty();
            }
            Map<Target, List<Outgoing.Statement>> rest = new LinkedHashMap<>(writes);
            List<Outgoing.Run> together = new ArrayList<>();
            byTable().forEach((table, targets) -> leadingInserts(table, targets, rest).ifPresent(together::add));
            List<Outgoing.UnderTenant> underTenants = new ArrayList<>();
            rest.forEach((target, statements) -> {
                if (!statements.isEmpty()) {
                    underTenants.add(new Outgoing.UnderTenant(target.tenant(), statements, emptied.contains(target)));
                }
            });
            writes = new LinkedHashMap<>();
            size = 0;
            return Optional.of(new Outgoing(together, upserts, underTenants));
        }

        /** The queued targets by table, tables in the order first written. */
        private Map<String, List<Target>> byTable() {
            Map<String, List<Target>> byTable = new LinkedHashMap<>();
            writes.keySet().forEach(target ->
                    byTable.computeIfAbsent(target.table(), table -> new ArrayList<>()).add(target));
            return byTable;
        }

        /**
         * The first statements that the tenants queued for this table, when they are the same insert and it
         * qualifies (CrossTenantInsert), to send as one; {@code rest} keeps what is left to send under each tenant,
         * which follows them. Each row's tenant must be the one its write was queued under, the tenant whose event
         * it came from; one that is not fails the transaction, as row-level security would. A table emptied for a
         * rebuild takes its rows under its tenant.
         */
        private Optional<Outgoing.Run> leadingInserts(String table, List<Target> targets,
                                                      Map<Target, List<Outgoing.Statement>> rest) {
            String sql = writes.get(targets.get(0)).get(0).sql();
            Optional<CrossTenantInsert> insert = CrossTenantInsert.of(sql, table, primaryKeyOnly());
            if (insert.isEmpty()) {
                return Optional.empty();
            }
            Map<Target, Integer> leading = new LinkedHashMap<>();
            for (Target target : targets) {
                List<Outgoing.Statement> queued = writes.get(target);
                int count = 0;
                while (target.tenant() != null && !emptied.contains(target) && count < queued.size()
                        && queued.get(count).sql().equals(sql)) {
                    checkTenant(queued.get(count++), insert.get().tenantParameter(), target);
                }
                if (count > 0) {
                    leading.put(target, count);
                }
            }
            if (leading.isEmpty()) {
                return Optional.empty();
            }
            List<MapSqlParameterSource> rows = new ArrayList<>();
            leading.forEach((target, count) -> {
                writes.get(target).subList(0, count).forEach(statement -> rows.add(statement.params()));
                rest.put(target, writes.get(target).subList(count, writes.get(target).size()));
            });
            return Optional.of(new Outgoing.Run(insert.get().sql(), rows,
                    leading.keySet().stream().map(Target::tenant).toList()));
        }

        private static void checkTenant(Outgoing.Statement write, String tenantParameter, Target target) {
            Object tenant = write.params().hasValue(tenantParameter) ? write.params().getValue(tenantParameter) : null;
            if (!target.tenant().toString().equals(String.valueOf(tenant))) {
                throw new IllegalStateException("A row of tenant " + tenant + " was queued for " + target.table()
                        + " under tenant " + target.tenant());
            }
        }
    }

    /** Moving between tenants through TenantScope's round trips, on the transaction's thread. */
    private static Outgoing.TenantSwitch through(TenantScope tenantScope) {
        return new Outgoing.TenantSwitch() {
            @Override
            public void allowInserts(List<UUID> tenants) {
                tenantScope.allowInserts(tenants);
            }

            @Override
            public void enter(UUID tenant) {
                tenantScope.enter(tenant);
            }
        };
    }
}
