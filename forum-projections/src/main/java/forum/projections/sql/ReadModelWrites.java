package forum.projections.sql;

import forum.projections.tenancy.TenantScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projections' inserts, updates and deletes, queued in the current transaction and sent to the database in
 * JDBC batches, several rows of one insert as one statement (MultiRowInsert): one round trip for many rows
 * instead of one per row, which is what bounded the consumers and the rebuild (BENCHMARKS.md). Everything
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
 */
@Component
public class ReadModelWrites {

    /** Sent once this many are queued, so a rebuild of a large tenant in one transaction holds little. */
    static final int MAX_QUEUED = 2_000;

    private static final Pattern TARGET = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

    private final NamedParameterJdbcTemplate jdbc;
    private final TenantScope tenantScope;
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

    /**
     * Declares that this transaction has deleted the selected tenant's rows from these tables and will insert
     * each row once, as a rebuild does: its inserts into them under this tenant then go without {@code on
     * conflict ... do nothing}. The check is not free: on rows deleted in the same transaction it made
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
            queued().add(this);
        }
    }

    /** Statements not sent yet, by tenant and table, in the order they came. */
    private record Target(UUID tenant, String table) {
    }

    /** The same insert into one table, queued under one or more tenants, to send as one statement. */
    private record Run(String sql, List<Write> rows, List<UUID> tenants) {
    }

    private static List<MapSqlParameterSource> parameters(List<Write> writes) {
        return writes.stream().map(write -> write.params).toList();
    }

    private final class Queue {

        private final Map<Target, List<Write>> writes = new LinkedHashMap<>();
        private final Set<Target> emptied = new HashSet<>();
        private final Map<Object, GatheredRows> gathered = new LinkedHashMap<>();
        private int size;

        void add(Write write) {
            writes.computeIfAbsent(new Target(tenantScope.tenant(), write.table), key -> new ArrayList<>())
                    .add(write);
            if (++size >= MAX_QUEUED) {
                flush();
            }
        }

        void flush() {
            List<GatheredRows.Upsert> upserts = gathered.values().stream().map(GatheredRows::drain)
                    .flatMap(Optional::stream).toList();
            if (size == 0 && upserts.isEmpty()) {
                return;
            }
            UUID current = tenantScope.tenant();
            Map<Target, List<Write>> rest = new LinkedHashMap<>(writes);
            List<Run> inserts = new ArrayList<>();
            byTable().forEach((table, targets) -> leadingInserts(table, targets, rest).ifPresent(inserts::add));
            sendTogether(inserts, upserts);
            rest.forEach((target, statements) -> {
                if (!statements.isEmpty()) {
                    tenantScope.enter(target.tenant());
                    sendInRuns(statements, emptied.contains(target));
                }
            });
            writes.clear();
            size = 0;
            // Chosen again, not entered: whatever reads next enters it (flush() and the readers do), a commit needs
            // none, and telling the database would cost a round trip per consumer batch.
            tenantScope.select(current);
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
        private Optional<Run> leadingInserts(String table, List<Target> targets, Map<Target, List<Write>> rest) {
            Optional<CrossTenantInsert> insert = CrossTenantInsert.of(writes.get(targets.get(0)).get(0).sql, table,
                    primaryKeyOnly());
            if (insert.isEmpty()) {
                return Optional.empty();
            }
            String sql = writes.get(targets.get(0)).get(0).sql;
            Map<Target, Integer> leading = new LinkedHashMap<>();
            for (Target target : targets) {
                List<Write> queued = writes.get(target);
                int count = 0;
                while (target.tenant() != null && !emptied.contains(target) && count < queued.size()
                        && queued.get(count).sql.equals(sql)) {
                    checkTenant(queued.get(count++), insert.get().tenantParameter(), target);
                }
                if (count > 0) {
                    leading.put(target, count);
                }
            }
            if (leading.isEmpty()) {
                return Optional.empty();
            }
            List<Write> rows = new ArrayList<>();
            leading.forEach((target, count) -> {
                rows.addAll(writes.get(target).subList(0, count));
                rest.put(target, writes.get(target).subList(count, writes.get(target).size()));
            });
            return Optional.of(new Run(insert.get().sql(), rows, leading.keySet().stream().map(Target::tenant).toList()));
        }

        /**
         * The inserts of every table, whatever their tenants, and the gathered upserts as one statement
         * (MultiRowInsert.together), in a transaction admitting those tenants' rows (TenantScope.allowInserts): a
         * consumer's batch then costs one round trip for its new rows, its ledger and its positions, however many
         * municipalities and tables they are for.
         */
        private void sendTogether(List<Run> runs, List<GatheredRows.Upsert> upserts) {
            List<UUID> tenants = new ArrayList<>();
            runs.forEach(run -> tenants.addAll(run.tenants()));
            upserts.forEach(upsert -> tenants.addAll(upsert.tenants()));
            tenantScope.allowInserts(tenants.stream().distinct().toList());
            List<MultiRowInsert.Statement> together = new ArrayList<>();
            for (Run run : runs) {
                Optional<MultiRowInsert.Statement> combined = MultiRowInsert.of(run.sql(), parameters(run.rows()),
                        "t" + together.size() + "_");
                if (combined.isPresent()) {
                    together.add(combined.get());
                } else {
                    send(run.sql(), run.rows());
                }
            }
            upserts.forEach(upsert -> together.add(new MultiRowInsert.Statement(upsert.sql(), upsert.params())));
            MultiRowInsert.together(together).ifPresent(statement -> jdbc.update(statement.sql(), statement.arrays()));
        }

        private static void checkTenant(Write write, String tenantParameter, Target target) {
            Object tenant = write.params.hasValue(tenantParameter) ? write.params.getValue(tenantParameter) : null;
            if (!target.tenant().toString().equals(String.valueOf(tenant))) {
                throw new IllegalStateException("A row of tenant " + tenant + " was queued for " + target.table()
                        + " under tenant " + target.tenant());
            }
        }

        /** Consecutive statements of the same text go as one JDBC batch. */
        private void sendInRuns(List<Write> statements, boolean emptied) {
            int start = 0;
            for (int i = 1; i <= statements.size(); i++) {
                if (i == statements.size() || !statements.get(i).sql.equals(statements.get(start).sql)) {
                    List<Write> run = statements.subList(start, i);
                    send(emptied ? MultiRowInsert.withoutIgnoredConflicts(run.get(0).sql) : run.get(0).sql, run);
                    start = i;
                }
            }
        }

        /** Several rows of one insert as one statement where it can be (MultiRowInsert), else a JDBC batch. */
        private void send(String sql, List<Write> run) {
            List<MapSqlParameterSource> rows = parameters(run);
            Optional<MultiRowInsert.Statement> combined = rows.size() > 1 ? MultiRowInsert.of(sql, rows)
                    : Optional.empty();
            if (combined.isPresent()) {
                jdbc.update(combined.get().sql(), combined.get().arrays());
            } else {
                jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
            }
        }
    }
}
