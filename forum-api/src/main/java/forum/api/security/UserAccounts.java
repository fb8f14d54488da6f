package forum.api.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.projections.runtime.TenantScope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Built-in accounts of the default run; passwords hashed with Argon2id. An account whose access has ended
 * (an auditor's, at {@code expires_at}) is found no more, so it cannot sign in. Row-level security lets each
 * statement reach only the account it names (RowKeys) or the tenant's accounts, so each runs in a transaction.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final RowKeys rowKeys;
    private final TenantScope tenantScope;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, RowKeys rowKeys, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.rowKeys = rowKeys;
        this.tenantScope = tenantScope;
    }

    /** Who an account is for: a tenant (or none, for the operator), or one network; access ends at expiresAt if set. */
    public record NewAccount(UUID tenantId, UUID networkId, String username, String displayName, Set<Role> roles,
                             Instant expiresAt) {
    }

    @Transactional
    public ForumUser create(UUID tenantId, String username, String rawPassword, String displayName, Set<Role> roles) {
        return create(new NewAccount(tenantId, null, username, displayName, roles, null), rawPassword);
    }

    @Transactional
    public ForumUser create(NewAccount account, String rawPassword) {
        UUID userId = UUID.randomUUID();
        String normalized = normalize(account.username());
        rowKeys.account(normalized);
        jdbc.sql("""
                        insert into user_account (user_id, tenant_id, network_id, username, password_hash, display_name,
                                                  roles, expires_at)
                        values (:id, :tenant, :network, :username, :hash, :name, :roles, :expires)
                        """)
                .param("id", userId)
                .param("tenant", account.tenantId())
                .param("network", account.networkId())
                .param("username", normalized)
                .param("hash", passwords.encode(rawPassword))
                .param("name", account.displayName())
                .param("roles", account.roles().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("expires", utc(account.expiresAt()))
                .update();
        return find(normalized).orElseThrow();
    }

    /** An account that may sign in now: enabled and not expired. */
    @Transactional(readOnly = true)
    public Optional<ForumUser> find(String username) {
        rowKeys.account(normalize(username));
        return jdbc.sql("""
                        select * from user_account
                        where username = :username and enabled and (expires_at is null or expires_at > :now)
                        """)
                .param("username", normalize(username))
                .param("now", utc(clock.instant()))
                .query(UserAccounts::toUser)
                .optional();
    }

    /** Whether the user name is taken, also by an account that is disabled or whose access has ended. */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        rowKeys.account(normalize(username));
        return jdbc.sql("select exists (select 1 from user_account where username = :username)")
                .param("username", normalize(username))
                .query(Boolean.class)
                .single();
    }

    /** A new password for an account of the tenant. */
    @Transactional
    public void changePassword(UUID tenantId, UUID userId, String rawPassword) {
        tenantScope.enter(tenantId);
        jdbc.sql("update user_account set password_hash = :hash where user_id = :id and tenant_id = :tenant")
                .param("hash", passwords.encode(rawPassword))
                .param("id", userId)
                .param("tenant", tenantId)
                .update();
    }

    /** Ends the access of an account of the tenant at the given time, unless it ends earlier already. */
    @Transactional
    public void expire(UUID tenantId, UUID userId, Instant at) {
        tenantScope.enter(tenantId);
        jdbc.sql("""
                        update user_account set expires_at = :at
                        where user_id = :id and tenant_id = :tenant and (expires_at is null or expires_at > :at)
                        """)
                .param("id", userId)
                .param("tenant", tenantId)
                .param("at", utc(at))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public ForumUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static ForumUser toUser(ResultSet row, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.getString("roles").split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(roles::add);
        return new ForumUser(row.getObject("user_id", UUID.class), row.getObject("tenant_id", UUID.class),
                row.getString("username"), row.getString("password_hash"), row.getString("display_name"), roles,
                row.getObject("network_id", UUID.class));
    }
}
