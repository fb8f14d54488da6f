package forum.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The metrics scraper's own account (a Prometheus server's basic_auth), for the actuator only:
 * {@code forum.management.scrape.username} and {@code .password}, in production through the environment
 * ({@code FORUM_MANAGEMENT_SCRAPE_USERNAME}, {@code FORUM_MANAGEMENT_SCRAPE_PASSWORD}). Unset, there is none and
 * only operators read the metrics; the repository holds no such secret.
 */
@ConfigurationProperties("forum.management.scrape")
record ScrapeCredential(String username, String password) {

    /** Longer than a person's shortest password (12): a machine's secret is generated, not remembered. */
    static final int MIN_PASSWORD_LENGTH = 16;

    ScrapeCredential {
        boolean named = username != null && !username.isBlank();
        boolean secret = password != null && !password.isEmpty();
        if (named != secret) {
            throw new IllegalArgumentException(
                    "forum.management.scrape needs both a username and a password, or neither");
        }
        if (secret && password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("forum.management.scrape.password needs at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    boolean configured() {
        return username != null && !username.isBlank();
    }

    boolean isFor(String name) {
        return configured() && username.equals(name);
    }

    /** Compares in constant time, so that the answer's timing tells nothing of the secret. */
    boolean matches(String name, String secret) {
        return isFor(name) && secret != null && MessageDigest.isEqual(sha256(password), sha256(secret));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    @Override
    public String toString() {
        return "ScrapeCredential[username=" + username + ", password=" + (configured() ? "(set)" : "(none)") + "]";
    }
}
