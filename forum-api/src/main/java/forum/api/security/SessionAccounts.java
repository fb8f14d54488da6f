package forum.api.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * What a page session's account is now: a page session keeps the account it signed in with, so each request asks
 * here whether that account may still sign in (enabled, access not ended) and with which roles. Answers are kept a
 * few seconds, so a page costs no query; a change made on this instance is seen at once, one made on another
 * instance within {@link #KEPT}.
 */
@Component
public class SessionAccounts {

    static final Duration KEPT = Duration.ofSeconds(15);

    private final UserAccounts accounts;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    SessionAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The account as it is now, or empty if it may no longer sign in. */
    Optional<ForumUser> current(String username) {
        long now = System.nanoTime();
        Kept known = kept.get(username);
        if (known != null && now - known.at() < KEPT.toNanos()) {
            return known.account();
        }
        Optional<ForumUser> account = accounts.find(username);
        kept.put(username, new Kept(account, now));
        return account;
    }

    /** The account was changed: the next request of its sessions reads it again, once the change is committed. */
    public void changed(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    kept.remove(username);
                }
            });
        }
        kept.remove(username);
    }

    private record Kept(Optional<ForumUser> account, long at) {
    }
}
