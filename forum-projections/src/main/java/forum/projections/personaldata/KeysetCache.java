package forum.projections.personaldata;

import com.google.crypto.tink.Aead;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subjects' keys this instance used last, at most {@code capacity} of them. A key loaded before an erasure is
 * not put back after it: every eviction starts a new epoch, and a key is only put in the epoch it was read in.
 */
final class KeysetCache {

    private final Map<DataSubject, Aead> keys;
    private long epoch;

    KeysetCache(int capacity) {
        this.keys = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DataSubject, Aead> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Aead get(DataSubject subject) {
        return keys.get(subject);
    }

    synchronized long epoch() {
        return epoch;
    }

    synchronized void putUnlessEvictedSince(long readInEpoch, DataSubject subject, Aead key) {
        if (epoch == readInEpoch) {
            keys.put(subject, key);
        }
    }

    synchronized void evict(DataSubject subject) {
        keys.remove(subject);
        epoch++;
    }

    synchronized int size() {
        return keys.size();
    }
}
