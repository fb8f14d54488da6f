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
            new AttemptLimits.Limits(3, Duration.ofHours(1), 2, Duration.ofMinutes(15), 3, 5), clock);

    @Test
    void signUpsFromOneAddressStopAtTheLimitAndSayWhenTheWindowEnds() {
        assertThat(limits.reserveSignUp("10.0.0.1")).isEmpty();
        clock.advance(Duration.ofMinutes(20));
        assertThat(limits.reserveSignUp("10.0.0.1")).isEmpty();
        assertThat(limits.reserveSignUp("10.0.0.1")).isEmpty();

        assertThat(limits.reserveSignUp("10.0.0.1")).contains(Duration.ofMinutes(40));
        assertThat(limits.reserveSignUp("10.0.0.2")).as("another address").isEmpty();
        clock.advance(Duration.ofMinutes(40));
        assertThat(limits.reserveSignUp("10.0.0.1")).isEmpty();
    }

    @Test
    void refusedSignUpsGiveTheirSignUpBackAndAreLimitedOnTheirOwn() {
        for (int mistyped = 0; mistyped < 4; mistyped++) {
            assertThat(limits.reserveSignUp("10.0.0.3")).isEmpty();
            limits.signUpRefused("10.0.0.3");
        }
        assertThat(limits.reserveSignUp("10.0.0.3")).as("after four mistakes, the sign-up itself").isEmpty();

        assertThat(limits.reserveSignUp("10.0.0.4")).isEmpty();
        limits.signUpFailed("10.0.0.4");
        for (int refused = 0; refused < 5; refused++) {
            limits.reserveSignUp("10.0.0.4");
            limits.signUpRefused("10.0.0.4");
        }
        assertThat(limits.reserveSignUp("10.0.0.4")).as("five refused").contains(Duration.ofHours(1));
    }

    @Test
    void failedSignInsBlockTheUserNameWhateverItsCaseUntilTheWindowHasPassed() {
        fail("Coordinator@Example.se");
        assertThat(limits.signInBlocked("coordinator@example.se", "10.0.0.9")).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        fail("coordinator@example.se");

        assertThat(limits.signInBlocked("coordinator@example.se", "10.0.0.9")).contains(Duration.ofMinutes(10));
        assertThat(limits.signInBlocked("someone.else@example.se", "10.0.0.9")).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(limits.signInBlocked("coordinator@example.se", "10.0.0.9")).isEmpty();
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
