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

    private final class Queue {

        private final Map<Target, List<Write>> writes = new LinkedHashMap<>();
        private final Set<Target> emptied = new HashSet<>();
        private int size;

        void add(Write write) {
            writes.computeIfAbsent(new Target(tenantScope.tenant(), write.table), key -> new ArrayList<>())
                    .add(write);
            if (++size >= MAX_QUEUED) {
                flush();
            }
        }

        void flush() {
            if (size == 0) {
                return;
            }
            UUID current = tenantScope.tenant();
            writes.forEach((target, statements) -> {
                tenantScope.enter(target.tenant());
                sendInRuns(statements, emptied.contains(target));
            });
            writes.clear();
            size = 0;
            tenantScope.enter(current);
        }

        /** Consecutive statements of the same text go as one JDBC batch. */
        private void sendInRuns(List<Write> statements, boolean emptied) {
            int start = 0;
            for (int i = 1; i <= statements.size(); i++) {
                if (i == statements.size() || !statements.get(i).sql.equals(statements.get(start).sql)) {
                    send(statements.subList(start, i), emptied);
                    start = i;
                }
            }
        }

        /** Several rows of one insert as one statement where it can be (MultiRowInsert), else a JDBC batch. */
        private void send(List<Write> run, boolean emptied) {
            String sql = emptied ? MultiRowInsert.withoutIgnoredConflicts(run.get(0).sql) : run.get(0).sql;
            List<MapSqlParameterSource> rows = run.stream().map(write -> write.params).toList();
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
