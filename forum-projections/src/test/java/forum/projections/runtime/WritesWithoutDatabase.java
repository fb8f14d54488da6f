package forum.projections.runtime;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

/**
 * ReadModelWrites with no database behind it, for a projection's unit test: {@link #queuedBy} counts what the
 * projection queued in a transaction, then drops it unsent, as a rollback would. Whatever reaches for the database
 * (a flush with something to send, entering a tenant, a read) fails: there is none.
 */
public final class WritesWithoutDatabase {

    private static final DataSource NONE = new DriverManagerDataSource("jdbc:no-database-in-a-unit-test");

    private final TenantScope tenantScope = new TenantScope(JdbcClient.create(NONE));
    private final ReadModelWrites writes = new ReadModelWrites(new NamedParameterJdbcTemplate(NONE), tenantScope);

    public ReadModelWrites writes() {
        return writes;
    }

    /** For a projection that reads the read model too: its reads fail. */
    public JdbcClient jdbc() {
        return JdbcClient.create(NONE);
    }

    /**
     * Runs {@code work} in a transaction of its own with {@code tenant} selected, as the consumer applies a record;
     * returns how many statements it queued.
     */
    public int queuedBy(UUID tenant, Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            tenantScope.select(tenant);
            work.run();
            return writes.unsent();
        } finally {
            List<TransactionSynchronization> ends = TransactionSynchronizationManager.getSynchronizations();
            TransactionSynchronizationManager.clear();
            ends.forEach(end -> end.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        }
    }
}
