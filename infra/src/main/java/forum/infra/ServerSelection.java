package forum.infra;

/**
 * Which servers Forum uses when the datasource URL or the Kafka bootstrap servers are not configured.
 * An explicit {@code spring.datasource.url} or {@code spring.kafka.bootstrap-servers} (or their
 * environment variables) always wins: then nothing is started for that server.
 */
public enum ServerSelection {
    /** The default run: embedded servers, the database kept in the data folder across restarts. */
    PERSISTENT,
    /** Tests: Testcontainers where Docker answers, embedded throwaway servers otherwise; one set per JVM. */
    THROWAWAY,
    /** Production: external servers must be configured; starting anything embedded is an error. */
    EXTERNAL
}
