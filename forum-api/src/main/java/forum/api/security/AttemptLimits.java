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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits on what an attacker would repeat: sign-ups per client address, failed sign-ins per user
 * name and per client address (password guessing), and failed invitation acceptances per client address
 * (token guessing, limited like failed sign-ins). Counted per application instance in fixed windows.
 */
@Component
public class AttemptLimits {

    @ConfigurationProperties("forum.security.limits")
    record Limits(@DefaultValue("10") int signUpsPerAddress, @DefaultValue("PT1H") Duration signUpWindow,
                  @DefaultValue("10") int failedSignIns, @DefaultValue("PT15M") Duration failedSignInWindow,
                  // Many people of one municipality may share an address (NAT): a wider limit per address.
                  @DefaultValue("100") int failedSignInsPerAddress) {
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

    /** Counts a sign-up from this address; false when the address has used up its sign-ups. */
    public boolean trySignUp(String address) {
        return count("sign-up|" + address, limits.signUpWindow()) <= limits.signUpsPerAddress();
    }

    public boolean signInBlocked(String username, String address) {
        return current("user|" + normalize(username), limits.failedSignInWindow()) >= limits.failedSignIns()
                || current("address|" + address, limits.failedSignInWindow()) >= limits.failedSignInsPerAddress();
    }

    @EventListener
    void signInFailed(AuthenticationFailureBadCredentialsEvent failure) {
        count("user|" + normalize(failure.getAuthentication().getName()), limits.failedSignInWindow());
        if (failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            count("address|" + details.getRemoteAddress(), limits.failedSignInWindow());
        }
    }

    /** True while the address has presented too many unknown, used or expired invitation tokens. */
    public boolean acceptanceBlocked(String address) {
        return current("acceptance|" + address, limits.failedSignInWindow()) >= limits.failedSignIns();
    }

    public void acceptanceFailed(String address) {
        count("acceptance|" + address, limits.failedSignInWindow());
    }

    public Duration acceptanceRetryAfter() {
        return limits.failedSignInWindow();
    }

    Duration retryAfter(boolean signUp) {
        return signUp ? limits.signUpWindow() : limits.failedSignInWindow();
    }

    private int count(String key, Duration window) {
        Instant now = clock.instant();
        forgetExpired(now);
        return windows.compute(key, (k, w) -> w == null || expired(w, window, now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1)).count();
    }

    private int current(String key, Duration window) {
        Window w = windows.get(key);
        return w == null || expired(w, window, clock.instant()) ? 0 : w.count();
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
