package forum.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits on what an attacker would repeat: sign-ups per client address (municipalities signed up, and, more
 * leniently, refused sign-ups, which probe for taken e-mails), failed sign-ins per user name and per client
 * address (password guessing), and failed invitation acceptances per client address (token guessing, limited like
 * failed sign-ins). Counted per application instance in fixed windows; a refusal says when its window ends.
 */
@Component
public class AttemptLimits {

    @ConfigurationProperties("forum.security.limits")
    record Limits(@DefaultValue("10") int signUpsPerAddress, @DefaultValue("PT1H") Duration signUpWindow,
                  @DefaultValue("10") int failedSignIns, @DefaultValue("PT15M") Duration failedSignInWindow,
                  // Many people of one municipality may share an address (NAT): a wider limit per address.
                  @DefaultValue("100") int failedSignInsPerAddress,
                  // A person who mistypes the official code a few times still signs up within the hour.
                  @DefaultValue("30") int refusedSignUpsPerAddress) {
    }

    private record Window(Instant start, int count) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    AttemptLimits(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Holds one of the address's sign-ups for a request about to run, so that parallel requests cannot pass the
     * limit together: empty when held; when the address has used up its sign-ups or its refused ones, how long
     * until it may sign up again. A request that did not sign a municipality up gives its sign-up back
     * ({@link #signUpRefused} or {@link #signUpFailed}).
     */
    public Optional<Duration> reserveSignUp(String address) {
        Duration refusedWait = wait("refused-sign-up|" + address, limits.signUpWindow(),
                limits.refusedSignUpsPerAddress());
        if (refusedWait != null) {
            return Optional.of(refusedWait);
        }
        Instant now = clock.instant();
        forgetExpired(now);
        boolean[] reserved = {false};
        Window signUps = windows.compute("sign-up|" + address, (k, w) -> {
            if (w == null || expired(w, limits.signUpWindow(), now)) {
                reserved[0] = true;
                return new Window(now, 1);
            }
            if (w.count() < limits.signUpsPerAddress()) {
                reserved[0] = true;
                return new Window(w.start(), w.count() + 1);
            }
            return w;
        });
        return reserved[0] ? Optional.empty() : Optional.of(remaining(signUps, limits.signUpWindow(), now));
    }

    /** The sign-up was refused for the request's own fault (a mistyped code, a taken e-mail): counted as such. */
    public void signUpRefused(String address) {
        signUpFailed(address);
        count("refused-sign-up|" + address, limits.signUpWindow());
    }

    /** The sign-up failed on the server's side: its reservation is given back and nothing counted. */
    public void signUpFailed(String address) {
        windows.computeIfPresent("sign-up|" + address, (k, w) -> w.count() <= 1 ? null
                : new Window(w.start(), w.count() - 1));
    }

    /** Empty while the user name and the address may still try to sign in, else how long until they may. */
    public Optional<Duration> signInBlocked(String username, String address) {
        Duration user = wait("user|" + normalize(username), limits.failedSignInWindow(), limits.failedSignIns());
        Duration fromAddress = wait("address|" + address, limits.failedSignInWindow(),
                limits.failedSignInsPerAddress());
        if (user == null || fromAddress == null) {
            return Optional.ofNullable(user == null ? fromAddress : user);
        }
        return Optional.of(user.compareTo(fromAddress) > 0 ? user : fromAddress);
    }

    @EventListener
    void signInFailed(AuthenticationFailureBadCredentialsEvent failure) {
        count("user|" + normalize(failure.getAuthentication().getName()), limits.failedSignInWindow());
        if (failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            count("address|" + details.getRemoteAddress(), limits.failedSignInWindow());
        }
    }

    /** Empty while the address may present invitation tokens, else how long until it may again. */
    public Optional<Duration> acceptanceBlocked(String address) {
        return Optional.ofNullable(wait("acceptance|" + address, limits.failedSignInWindow(), limits.failedSignIns()));
    }

    public void acceptanceFailed(String address) {
        count("acceptance|" + address, limits.failedSignInWindow());
    }

    /** Null while the key has had fewer than {@code limit} attempts in its window, else the time left of it. */
    private Duration wait(String key, Duration window, int limit) {
        Window w = windows.get(key);
        Instant now = clock.instant();
        return w == null || expired(w, window, now) || w.count() < limit ? null : remaining(w, window, now);
    }

    /** Whole seconds, rounded up, so that a client coming back after Retry-After finds the window ended. */
    private static Duration remaining(Window w, Duration window, Instant now) {
        Duration left = Duration.between(now, w.start().plus(window));
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private int count(String key, Duration window) {
        Instant now = clock.instant();
        forgetExpired(now);
        return windows.compute(key, (k, w) -> w == null || expired(w, window, now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1)).count();
    }

    private static boolean expired(Window w, Duration window, Instant now) {
        return !w.start().plus(window).isAfter(now);
    }

    /** Keeps memory bounded under a flood of distinct keys. */
    private void forgetExpired(Instant now) {
        if (windows.size() > 10_000) {
            Duration longest = limits.signUpWindow().compareTo(limits.failedSignInWindow()) > 0
                    ? limits.signUpWindow() : limits.failedSignInWindow();
            windows.values().removeIf(w -> expired(w, longest, now));
        }
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
