package forum.api.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.api.mail.MailKind;
import forum.api.mail.MailOutbox;
import forum.api.security.RowKeys;
import forum.api.security.UserAccounts;
import forum.projections.runtime.TenantScope;

/**
 * A forgotten password: a coordinator makes a link for an account of the own municipality and passes it on (no
 * mail is sent yet); the person opens it and chooses a new password. A link works once, for a day, and only the
 * newest of an account's links works. Its token is kept only as its SHA-256, like an invitation's.
 */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(24);

    /** Whether a link can still be used, as its page says. */
    public enum Standing { OPEN, USED, EXPIRED }

    /** The only time the token leaves the application. */
    public record Issued(String token, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;
    private final RowKeys rowKeys;
    private final TenantScope tenantScope;
    private final MailOutbox mail;

    PasswordResets(JdbcClient jdbc, UserAccounts accounts, Clock clock, RowKeys rowKeys, TenantScope tenantScope,
                   MailOutbox mail) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.rowKeys = rowKeys;
        this.tenantScope = tenantScope;
        this.mail = mail;
    }

    /** A link for the tenant's account of this e-mail address; empty when the tenant has no such account. */
    @Transactional
    public Optional<Issued> issue(UUID tenantId, String email, UUID createdBy) {
        tenantScope.enter(tenantId);
        Instant now = clock.instant();
        record Holder(UUID id, String name) {
        }
        Optional<Holder> holder = jdbc.sql("""
                        select user_id, display_name from user_account
                        where tenant_id = :tenant and username = :username and enabled
                          and (expires_at is null or expires_at > :now)
                        """)
                .param("tenant", tenantId)
                .param("username", Invitations.normalize(email))
                .param("now", Invitations.utc(now))
                .query((row, n) -> new Holder(row.getObject("user_id", UUID.class), row.getString("display_name")))
                .optional();
        Optional<UUID> account = holder.map(Holder::id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("delete from password_reset where account_id = :account and used_at is null")
                .param("account", account.get())
                .update();
        String token = InvitationTokens.newToken();
        UUID resetId = UUID.randomUUID();
        Instant expiresAt = now.plus(VALID_FOR);
        jdbc.sql("""
                        insert into password_reset (reset_id, token_hash, tenant_id, account_id, created_by, created_at,
                                                    expires_at)
                        values (:id, :hash, :tenant, :account, :by, :now, :expires)
                        """)
                .param("id", resetId)
                .param("hash", InvitationTokens.hash(token))
                .param("tenant", tenantId)
                .param("account", account.get())
                .param("by", createdBy)
                .param("now", Invitations.utc(now))
                .param("expires", Invitations.utc(expiresAt))
                .update();
        mail.put(new MailOutbox.Letter(tenantId, "password-reset:" + resetId, MailKind.PASSWORD_RESET,
                account.get(), "account:" + account.get(), Invitations.normalize(email), holder.get().name(),
                Map.of("path", "password-reset?token=" + token, "expiresAt", MailOutbox.fact(expiresAt))));
        return Optional.of(new Issued(token, expiresAt));
    }

    /** How the link of this token stands; empty for a token never given out (or replaced by a newer link). */
    @Transactional(readOnly = true)
    public Optional<Standing> standing(String token) {
        String hash = InvitationTokens.hash(token);
        rowKeys.passwordReset(hash);
        Instant now = clock.instant();
        return jdbc.sql("select used_at is not null as used, expires_at from password_reset where token_hash = :hash")
                .param("hash", hash)
                .query((row, n) -> row.getBoolean("used") ? Standing.USED
                        : Invitations.instant(row, "expires_at").isAfter(now) ? Standing.OPEN : Standing.EXPIRED)
                .optional();
    }

    /**
     * Uses the link: the account's password is changed and the link works no more, in one transaction, so that
     * two uses racing change it once. False when the link cannot be used (any more).
     */
    @Transactional
    public boolean choosePassword(String token, String password) {
        String hash = InvitationTokens.hash(token);
        rowKeys.passwordReset(hash);
        Instant now = clock.instant();
        Optional<Claimed> claimed = jdbc.sql("""
                        update password_reset set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now
                        returning tenant_id, account_id
                        """)
                .param("hash", hash)
                .param("now", Invitations.utc(now))
                .query((row, n) -> new Claimed(row.getObject("tenant_id", UUID.class),
                        row.getObject("account_id", UUID.class)))
                .optional();
        claimed.ifPresent(reset -> accounts.changePassword(reset.tenantId(), reset.accountId(), password));
        return claimed.isPresent();
    }

    private record Claimed(UUID tenantId, UUID accountId) {
    }
}
