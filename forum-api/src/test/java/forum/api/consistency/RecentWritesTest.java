package forum.api.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RecentWritesTest {

    private final MovableClock clock = new MovableClock();
    private final RecentWrites recent = new RecentWrites(Duration.ofSeconds(10), clock);
    private final UUID user = UUID.randomUUID();

    @Test
    void canRememberAUsersWritesTogether() {
        recent.remember(user, Position.of("venue-a", 3));
        recent.remember(user, new Position(Map.of("venue-a", 2L, "forum-b", 0L)));

        assertThat(recent.of(user)).isEqualTo(new Position(Map.of("venue-a", 3L, "forum-b", 0L)));
        assertThat(recent.of(UUID.randomUUID()).isEmpty()).isTrue();
    }

    @Test
    void forgetsWritesPastTheWindow() {
        recent.remember(user, Position.of("venue-a", 3));
        clock.advance(Duration.ofSeconds(11));

        assertThat(recent.of(user).isEmpty()).isTrue();
    }

    @Test
    void forgetsWhatWasSeenAppliedButNotWhatCameLater() {
        recent.remember(user, new Position(Map.of("venue-a", 3L, "forum-b", 0L)));

        recent.applied(user, new Position(Map.of("venue-a", 2L, "forum-b", 0L)));

        assertThat(recent.of(user)).isEqualTo(Position.of("venue-a", 3));
        recent.applied(user, Position.of("venue-a", 3));
        assertThat(recent.of(user).isEmpty()).isTrue();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
