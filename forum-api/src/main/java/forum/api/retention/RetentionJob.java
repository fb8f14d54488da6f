package forum.api.retention;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention job: goes through every municipality, each under its own tenant, and applies its periods
 * ({@link RetentionSweeps}); records the run and each municipality's part. One instance at a time runs it: a run
 * first takes a PostgreSQL advisory lock, held by one connection for the run's length and released when it ends (or
 * when that connection dies); an instance that finds it taken does not run.
 */
@Component
public class RetentionJob {

    /** The advisory lock's key: any number no other lock of the database uses ("forum-ret" in ASCII). */
    static final long LOCK = 0x666f72756d726574L;

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final RetentionPeriods periods;
    private final RetentionSweeps sweeps;
    private final RetentionRuns runs;
    private final Clock clock;
    private final String instance;

    RetentionJob(DataSource dataSource, JdbcClient jdbc, RetentionPeriods periods, RetentionSweeps sweeps,
                 RetentionRuns runs, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.periods = periods;
        this.sweeps = sweeps;
        this.runs = runs;
        this.clock = clock;
        this.instance = ManagementFactory.getRuntimeMXBean().getName();
    }

    @Scheduled(cron = "${forum.retention.schedule}", zone = "${forum.retention.zone}")
    void onSchedule() {
        run().ifPresentOrElse(run -> LOG.info("Retention run {} done", run),
                () -> LOG.info("Retention not run here: another instance is running it"));
    }

    /** Runs once now; the run's id, or empty when another run (of any instance) holds the lock. */
    public Optional<UUID> run() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(runHoldingTheLock());
            } finally {
                advisory(lock, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException lockLost) {
            throw new IllegalStateException("The retention job's lock could not be taken or released", lockLost);
        }
    }

    private UUID runHoldingTheLock() {
        UUID run = runs.started(instance, clock.instant());
        int done = 0;
        String failure = null;
        try {
            List<UUID> tenants = jdbc.sql("select tenant_id from retention_tenants() as t(tenant_id)")
                    .query(UUID.class).list();
            for (UUID tenant : tenants) {
                inTenant(run, tenant);
                done++;
            }
        } catch (RuntimeException failed) {
            LOG.error("Retention run {} failed", run, failed);
            failure = failed.toString();
        }
        runs.finished(run, clock.instant(), done, failure);
        return run;
    }

    /** One municipality's part: a failure is recorded in its row and the run goes on with the next. */
    private void inTenant(UUID run, UUID tenant) {
        Instant started = clock.instant();
        Map<RetentionKind, Integer> counts = Map.of();
        String failure = null;
        try {
            counts = sweeps.sweep(tenant, periods.of(tenant), started);
        } catch (RuntimeException failed) {
            LOG.error("Retention run {} failed in tenant {}", run, tenant, failed);
            failure = failed.toString();
        }
        runs.tenantDone(run, tenant, started, clock.instant(), counts, failure);
    }

    private static boolean advisory(Connection connection, String call) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(call)) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
