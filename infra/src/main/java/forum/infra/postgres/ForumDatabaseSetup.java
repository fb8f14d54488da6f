package forum.infra.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the Forum database and its three roles on a server where we hold a superuser (embedded or
 * container). Safe to run again on every start: existing roles and databases are kept.
 */
public final class ForumDatabaseSetup {

    public static final String DATABASE = "forum";
    public static final String OWNER_ROLE = "forum_owner";
    public static final String APP_ROLE = "forum_app";
    public static final String RELAY_ROLE = "forum_relay";

    private ForumDatabaseSetup() {
    }

    /**
     * @param serverUrl   JDBC URL of any database on the server (e.g. {@code postgres})
     * @param superuser   a superuser of that server
     * @param password    its password (may be empty for trust authentication)
     * @param rolePassword password given to the Forum roles
     */
    public static DatabaseAccess ensure(String serverUrl, String superuser, String password, String rolePassword) {
        try (Connection admin = DriverManager.getConnection(serverUrl, superuser, password);
             Statement sql = admin.createStatement()) {
            createRoleIfMissing(sql, OWNER_ROLE, rolePassword, "");
            // The application role may not bypass row-level security: tenants' isolation rests on it.
            createRoleIfMissing(sql, APP_ROLE, rolePassword, " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            // Reads every tenant's events for the publisher and the rebuild; the requests' role reads its tenant's.
            createRoleIfMissing(sql, RELAY_ROLE, rolePassword, " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            if (!exists(sql, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                sql.execute("create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the Forum database at " + serverUrl + ": " + e.getMessage(), e);
        }
        String forumUrl = withDatabase(serverUrl, DATABASE);
        try (Connection owner = DriverManager.getConnection(forumUrl, superuser, password);
             Statement sql = owner.createStatement()) {
            sql.execute("alter schema public owner to " + OWNER_ROLE);
            sql.execute("revoke create on schema public from public");
            sql.execute("grant usage on schema public to " + APP_ROLE);
            sql.execute("grant usage on schema public to " + RELAY_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the Forum schema at " + forumUrl + ": " + e.getMessage(), e);
        }
        return new DatabaseAccess(forumUrl, OWNER_ROLE, rolePassword, APP_ROLE, rolePassword, RELAY_ROLE, rolePassword);
    }

    /**
     * The URL of the Forum database on the same server, without the parameters of the admin URL: a
     * {@code user=} parameter there would override the roles' credentials and connect as superuser.
     */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database;
    }

    private static void createRoleIfMissing(Statement sql, String role, String password, String options)
            throws SQLException {
        if (!exists(sql, "select 1 from pg_roles where rolname = '" + role + "'")) {
            sql.execute("create role " + role + " login password '" + password.replace("'", "''") + "'" + options);
        }
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }
}
