package forum.projections.personaldata;

import com.google.crypto.tink.Aead;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keysets already opened with the master key, by their stored bytes: reading a key row is cheap, opening it with the
 * master key and parsing it is most of the cost. Keyed by the row's content, so a cached key is used only while the
 * row that holds it exists.
 */
final class ParsedKeysets {

    private record Stored(DataSubject subject, byte[] keyset) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Stored that && subject.equals(that.subject) && Arrays.equals(keyset, that.keyset);
        }

        @Override
        public int hashCode() {
            return 31 * subject.hashCode() + Arrays.hashCode(keyset);
        }
    }

    private final Map<Stored, Aead> keys;

    ParsedKeysets(int capacity) {
        this.keys = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Stored, Aead> eldest) {
                return size() > capacity;
            }
        };
    }

    Aead computeIfAbsent(DataSubject subject, byte[] keyset, Supplier<Aead> parse) {
        Stored stored = new Stored(subject, keyset.clone());
        synchronized (this) {
            Aead known = keys.get(stored);
            if (known != null) {
                return known;
            }
        }
        Aead fresh = parse.get();
        synchronized (this) {
            keys.put(stored, fresh);
        }
        return fresh;
    }
}
