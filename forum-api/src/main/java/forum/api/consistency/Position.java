package forum.api.consistency;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the event store stood for a client after its writes: per aggregate, the sequence number of the last event
 * the writes appended. A read has caught up with it when the projections have applied each of those events.
 */
public record Position(Map<String, Long> sequences) {

    public static final Position NONE = new Position(Map.of());

    public Position {
        sequences = Map.copyOf(sequences);
    }

    public static Position of(String aggregate, long sequence) {
        return new Position(Map.of(aggregate, sequence));
    }

    public boolean isEmpty() {
        return sequences.isEmpty();
    }

    /** The later of both positions, aggregate by aggregate. */
    public Position and(Position other) {
        if (other.isEmpty()) {
            return this;
        }
        Map<String, Long> merged = new HashMap<>(sequences);
        other.sequences.forEach((aggregate, sequence) -> merged.merge(aggregate, sequence, Math::max));
        return new Position(merged);
    }

    /** What of this position lies beyond what has been applied (aggregate -> last sequence applied). */
    public Position beyond(Map<String, Long> applied) {
        Map<String, Long> left = new HashMap<>();
        sequences.forEach((aggregate, sequence) -> {
            if (applied.getOrDefault(aggregate, -1L) < sequence) {
                left.put(aggregate, sequence);
            }
        });
        return left.size() == sequences.size() ? this : new Position(left);
    }
}
