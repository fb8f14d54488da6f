package forum.api.eventstore;

import forum.projections.runtime.TenantScope;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A snapshot reads its aggregate's events and writes the snapshot on the snapshotter's thread, in a transaction of
 * its own; row-level security shows it only the events of the tenant that transaction entered. So the tenant of
 * the command that asked for the snapshot goes with the task to that thread, and is entered when the task's
 * transaction begins.
 */
final class SnapshotsInTheirTenant {

    private static final ThreadLocal<UUID> TENANT = new ThreadLocal<>();

    private SnapshotsInTheirTenant() {
    }

    /** Runs each task with the tenant of the command in whose unit of work it was handed over. */
    static Executor carryingTheTenant(Executor snapshotTaker) {
        return task -> {
            UUID tenant = tenantOfCurrentCommand();
            snapshotTaker.execute(() -> {
                UUID before = TENANT.get();
                TENANT.set(tenant);
                try {
                    task.run();
                } finally {
                    TENANT.set(before);
                }
            });
        };
    }

    /** Begins the task's transactions in the tenant it carries. */
    static TransactionManager enteringTheTenant(TransactionManager transactions, TenantScope tenantScope) {
        return () -> {
            Transaction transaction = transactions.startTransaction();
            tenantScope.enter(TENANT.get());
            return transaction;
        };
    }

    private static UUID tenantOfCurrentCommand() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Object tenant = CurrentUnitOfWork.get().getMessage().getMetaData().get(EventMetadata.TENANT);
        return tenant == null ? null : UUID.fromString(tenant.toString());
    }
}
