package forum.projections.sql;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State that lives as long as the current transaction: created on first use, handed to {@code beforeCommit}
 * just before the commit (to write what it gathered, inside the transaction), dropped when the transaction
 * ends. Lets a consumer that applies a whole batch in one transaction write some rows once per batch
 * instead of once per event.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /** The state bound to this transaction under {@code key}; there must be a Spring-managed transaction. */
    public static <T> T state(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
        return state(key, create, beforeCommit, Ordered.LOWEST_PRECEDENCE);
    }

    /**
     * The same, its {@code beforeCommit} called before those of a greater {@code order}: the event ledger queues
     * its rows before ReadModelWrites sends what it has queued, so they go with the other rows of their tenant.
     */
    @SuppressWarnings("unchecked")
    public static <T> T state(Object key, Supplier<T> create, Consumer<T> beforeCommit, int order) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Read models are written in a transaction; none is active");
        }
        T state = (T) TransactionSynchronizationManager.getResource(key);
        if (state == null) {
            T created = create.get();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    beforeCommit.accept(created);
                }

                @Override
                public int getOrder() {
                    return order;
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            state = created;
        }
        return state;
    }
}
