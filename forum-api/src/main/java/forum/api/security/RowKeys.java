package forum.api.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.UUID;

/**
 * Names the row a transaction looks up before it knows a tenant, so that row-level security lets it reach that row
 * (and, for the keys, no other): an account by its user name, an invitation, a password reset or a calendar feed by
 * its token's hash, the Idempotency-Keys of one user. Like the tenant (TenantScope), transaction-local
 * ({@code set_config(..., true)}): a pooled connection never carries a key into its next use.
 */
@Component
public class RowKeys {

    private final JdbcClient jdbc;

    RowKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account of this (normalized) user name. */
    public void account(String username) {
        set("forum.username", username);
    }

    /** The invitation whose token has this hash. */
    public void invitation(String tokenHash) {
        set("forum.invitation", tokenHash);
    }

    /** The password reset whose token has this hash. */
    public void passwordReset(String tokenHash) {
        set("forum.password_reset", tokenHash);
    }

    /** The calendar feed whose token has this hash (to read it; a feed is changed under its tenant). */
    public void calendarFeed(String tokenHash) {
        set("forum.calendar_feed", tokenHash);
    }

    /** The Idempotency-Keys of this user. */
    public void idempotencyKeysOf(UUID userId) {
        set("forum.user_id", userId.toString());
    }

    private void set(String setting, String value) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A row's key is set per transaction; no transaction is active");
        }
        jdbc.sql("select set_config(:setting, :value, true)")
                .param("setting", setting)
                .param("value", value)
                .query(String.class)
                .single();
    }
}
