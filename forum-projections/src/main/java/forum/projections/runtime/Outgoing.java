package forum.projections.runtime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one flush of the queued writes sends, taken out of the queue (ReadModelWrites): the inserts that go as one
 * statement with the gathered upserts, then what is left of each tenant's statements, each table's under its
 * tenant. Building the statements from it and sending them needs only a connection and a way to move between
 * tenants, so another thread can send it (SendingAhead) while the transaction's thread queues the next.
 */
record Outgoing(List<Run> together, List<GatheredRows.Upsert> upserts, List<UnderTenant> rest) {

    /** The same insert into one table, queued under one or more tenants, to send as one statement. */
    record Run(String sql, List<MapSqlParameterSource> rows, List<UUID> tenants) {
    }

    /**
     * The statements one tenant queued for one table, in the order queued; {@code emptied}: the transaction emptied
     * that table for the tenant (ReadModelWrites.emptied), so its inserts go without their ignored conflicts.
     */
    record UnderTenant(UUID tenant, List<Statement> statements, boolean emptied) {
    }

    record Statement(String sql, MapSqlParameterSource params) {
    }

    /** How sending moves between tenants: TenantScope's round trips, or none where they are known to be needless. */
    interface TenantSwitch {

        /** For a transaction that has entered every tenant it sends for, and admitted every one it inserts for. */
        TenantSwitch NONE = new TenantSwitch() {
            @Override
            public void allowInserts(List<UUID> tenants) {
            }

            @Override
            public void enter(UUID tenant) {
            }
        };

        void allowInserts(List<UUID> tenants);

        void enter(UUID tenant);
    }

    /** The tenants whose rows the statement sent together inserts, each once. */
    List<UUID> insertingTenants() {
        List<UUID> tenants = new ArrayList<>();
        together.forEach(run -> tenants.addAll(run.tenants()));
        upserts.forEach(upsert -> tenants.addAll(upsert.tenants()));
        return tenants.stream().distinct().toList();
    }

    /** The tenants the rest is sent under. */
    List<UUID> enteredTenants() {
        return rest.stream().map(UnderTenant::tenant).distinct().toList();
    }

    /**
     * The inserts of every table, whatever their tenants, and the gathered upserts as one statement
     * (MultiRowInsert.together), in a transaction admitting those tenants' rows (TenantScope.allowInserts): a
     * consumer's batch then costs one round trip for its new rows, its ledger and its positions, however many
     * municipalities and tables they are for. Then the rest, under each statement's tenant.
     */
    void send(NamedParameterJdbcTemplate jdbc, TenantSwitch tenants) {
        tenants.allowInserts(insertingTenants());
        List<MultiRowInsert.Statement> combined = new ArrayList<>();
        for (Run run : together) {
            Optional<MultiRowInsert.Statement> statement = MultiRowInsert.of(run.sql(), run.rows(),
                    "t" + combined.size() + "_");
            if (statement.isPresent()) {
                combined.add(statement.get());
            } else {
                send(jdbc, run.sql(), run.rows());
            }
        }
        upserts.forEach(upsert -> combined.add(new MultiRowInsert.Statement(upsert.sql(), upsert.params())));
        MultiRowInsert.together(combined).ifPresent(statement -> jdbc.update(statement.sql(), statement.arrays()));
        for (UnderTenant statements : rest) {
            tenants.enter(statements.tenant());
            sendInRuns(jdbc, statements);
        }
    }

    /** Consecutive statements of the same text go as one JDBC batch. */
    private static void sendInRuns(NamedParameterJdbcTemplate jdbc, UnderTenant queued) {
        List<Statement> statements = queued.statements();
        int start = 0;
        for (int i = 1; i <= statements.size(); i++) {
            if (i == statements.size() || !statements.get(i).sql().equals(statements.get(start).sql())) {
                String sql = statements.get(start).sql();
                send(jdbc, queued.emptied() ? MultiRowInsert.withoutIgnoredConflicts(sql) : sql,
                        statements.subList(start, i).stream().map(Statement::params).toList());
                start = i;
            }
        }
    }

    /** Several rows of one insert as one statement where it can be (MultiRowInsert), else a JDBC batch. */
    private static void send(NamedParameterJdbcTemplate jdbc, String sql, List<MapSqlParameterSource> rows) {
        Optional<MultiRowInsert.Statement> combined = rows.size() > 1 ? MultiRowInsert.of(sql, rows)
                : Optional.empty();
        if (combined.isPresent()) {
            jdbc.update(combined.get().sql(), combined.get().arrays());
        } else {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }
}
