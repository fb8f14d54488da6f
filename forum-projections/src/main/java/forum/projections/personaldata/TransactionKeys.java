package forum.projections.personaldata;

import com.google.crypto.tink.Aead;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The keys one transaction read, created or erased. They reach the instance's cache only once the transaction has
 * committed: a key created by a transaction that rolls back must never seal a value of a later one.
 */
final class TransactionKeys implements TransactionSynchronization {

    private record Read(long epoch, Aead key) {
    }

    private final Object owner;
    private final KeysetCache cache;
    private final Map<DataSubject, Read> read = new HashMap<>();
    private final Set<DataSubject> erased = new HashSet<>();
    private final Set<DataSubject> absent = new HashSet<>();
    private final Set<UUID> erasuresHeld = new HashSet<>();

    private TransactionKeys(Object owner, KeysetCache cache) {
        this.owner = owner;
        this.cache = cache;
    }

    /** The current transaction's keys, bound to it on first use. */
    static TransactionKeys current(Object owner, KeysetCache cache) {
        TransactionKeys keys = (TransactionKeys) TransactionSynchronizationManager.getResource(owner);
        if (keys == null) {
            keys = new TransactionKeys(owner, cache);
            TransactionSynchronizationManager.bindResource(owner, keys);
            TransactionSynchronizationManager.registerSynchronization(keys);
        }
        return keys;
    }

    Aead get(DataSubject subject) {
        Read known = read.get(subject);
        return known == null ? null : known.key();
    }

    void read(long epoch, DataSubject subject, Aead key) {
        absent.remove(subject);
        read.put(subject, new Read(epoch, key));
    }

    /** Whether this transaction knows the subject's key, or erased it. */
    boolean looked(DataSubject subject) {
        return read.containsKey(subject) || absent.contains(subject);
    }

    void erased(DataSubject subject) {
        read.remove(subject);
        absent.add(subject);
        erased.add(subject);
        cache.evict(subject);
    }

    void heldErasures(UUID tenant) {
        erasuresHeld.add(tenant);
    }

    boolean holdsErasures(UUID tenant) {
        return erasuresHeld.contains(tenant);
    }

    @Override
    public void afterCommit() {
        read.forEach((subject, known) -> cache.putUnlessEvictedSince(known.epoch(), subject, known.key()));
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        // Another transaction of this instance may have cached the key while the row was still there.
        erased.forEach(cache::evict);
    }
}
