package forum.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimitsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final AttemptLimits limits = new AttemptLimits(
            new AttemptLimits.Limits(3, Duration.ofHours(1), 2, Duration.ofMinutes(15), 3), clock);

    @Test
    void signUpsFromOneAddressStopAtTheLimitUntilTheWindowHasPassed() {
        assertThat(limits.trySignUp("10.0.0.1")).isTrue();
        assertThat(limits.trySignUp("10.0.0.1")).isTrue();
        assertThat(limits.trySignUp("10.0.0.1")).isTrue();
        assertThat(limits.trySignUp("10.0.0.1")).isFalse();
        assertThat(limits.trySignUp("10.0.0.2")).as("another address").isTrue();

        clock.advance(Duration.ofHours(1));
        assertThat(limits.trySignUp("10.0.0.1")).isTrue();
    }

    @Test
    void failedSignInsBlockTheUserNameWhateverItsCaseUntilTheWindowHasPassed() {
        fail("Coordinator@Example.se");
        assertThat(limits.signInBlocked("coordinator@example.se", "10.0.0.9")).isFalse();
        fail("coordinator@example.se");

        assertThat(limits.signInBlocked("coordinator@example.se", "10.0.0.9")).isTrue();
        assertThat(limits.signInBlocked("someone.else@example.se", "10.0.0.9")).isFalse();

        clock.advance(Duration.ofMinutes(15));
        assertThat(limits.signInBlocked("coordinator@example.se", "10.0.0.9")).isFalse();
    }

    private void fail(String username) {
        limits.signInFailed(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                new BadCredentialsException("Bad credentials")));
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
