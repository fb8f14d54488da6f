package forum.projections.runtime;

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
final class PerTransaction {

    private PerTransaction() {
    }

    /** The state bound to this transaction under {@code key}; there must be a Spring-managed transaction. */
    @SuppressWarnings("unchecked")
    public static <T> T state(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
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
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            state = created;
        }
        return state;
    }
}
