package forum.api.eventstore;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's per-aggregate locks, released no sooner than the database transaction that holds the aggregate's new
 * events ends. Axon releases an aggregate's lock when its unit of work cleans up; a unit of work that joined a
 * transaction begun before it (a request with an Idempotency-Key commits its answer with the events) cleans up
 * before that transaction commits. Released then, the lock would let the next command on the aggregate find the
 * cached aggregate at the uncommitted version and append the following sequence, which could commit first, or even
 * alone if the first transaction rolled back: the consumers would see sequence n+1 before n. Held until the
 * commit, the lock lets the next command read only what the database holds.
 */
final class LocksHeldUntilCommit implements LockFactory {

    private final LockFactory locks = PessimisticLockFactory.usingDefaults();

    @Override
    public Lock obtainLock(String aggregateIdentifier) {
        return new HeldUntilCommit(locks.obtainLock(aggregateIdentifier));
    }

    private record HeldUntilCommit(Lock lock) implements Lock {

        @Override
        public void release() {
            if (TransactionSynchronizationManager.isSynchronizationActive()
                    && TransactionSynchronizationManager.isActualTransactionActive()) {
                TransactionSynchronizationManager.registerSynchronization(new ReleaseAfterCompletion(lock));
            } else {
                lock.release();
            }
        }

        @Override
        public boolean isHeld() {
            return lock.isHeld();
        }
    }

    /** Runs after the other synchronizations, so that a rolled-back aggregate leaves the cache before the lock frees. */
    private record ReleaseAfterCompletion(Lock lock) implements TransactionSynchronization {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void afterCompletion(int status) {
            lock.release();
        }
    }
}
