package forum.api.consistency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each user's writes of the last moments, in this instance's memory, so that the user's next reads wait for them
 * without naming them. Behind a load balancer that does not keep a user on one instance, only the named position
 * (the token) is sure to be awaited.
 */
final class RecentWrites {

    /** Past this many users, forgotten entries are swept out at the next write. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Remembered(Position position, Instant until) {
    }

    private final Map<UUID, Remembered> byUser = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;

    RecentWrites(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    void remember(UUID user, Position position) {
        Instant now = clock.instant();
        if (byUser.size() > SWEEP_ABOVE) {
            byUser.values().removeIf(remembered -> remembered.until.isBefore(now));
        }
        byUser.merge(user, new Remembered(position, now.plus(window)), (old, fresh) -> old.until.isBefore(now)
                ? fresh : new Remembered(old.position.and(fresh.position), fresh.until));
    }

    /** The user's writes not yet seen applied, while they are recent. */
    Position of(UUID user) {
        Remembered remembered = byUser.get(user);
        if (remembered == null) {
            return Position.NONE;
        }
        if (remembered.until.isBefore(clock.instant())) {
            byUser.remove(user, remembered);
            return Position.NONE;
        }
        return remembered.position;
    }

    /** The projections have applied this much: no read of the user needs to wait for it any more. */
    void applied(UUID user, Position applied) {
        byUser.computeIfPresent(user, (key, remembered) -> {
            Position left = remembered.position.beyond(applied.sequences());
            return left.isEmpty() ? null : new Remembered(left, remembered.until);
        });
    }
}
