package forum.api.accounts;

import static forum.api.accounts.Invitations.instant;
import static forum.api.accounts.Invitations.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import forum.api.problem.ConflictException;
import forum.api.security.Role;
import forum.api.security.SessionAccounts;
import forum.projections.runtime.TenantScope;

/**
 * The municipality's accounts as its coordinators manage them: a role changed, an account deactivated (it cannot
 * sign in, its page sessions end) or reactivated. Accounts whose access has ended (an auditor's grant) are over and
 * not listed. The municipality always keeps an active coordinator, and no coordinator deactivates or demotes
 * themselves: another coordinator does. Each change locks the tenant's accounts first, so two coordinators
 * deactivating each other at once cannot both succeed.
 */
@Service
public class Accounts {

    public record Account(UUID id, String name, String email, Set<Role> roles, boolean active, Instant createdAt,
                          Instant accessUntil) {

        boolean activeCoordinator() {
            return active && roles.contains(Role.COORDINATOR);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantScope tenantScope;
    private final SessionAccounts sessions;

    Accounts(JdbcClient jdbc, Clock clock, TenantScope tenantScope, SessionAccounts sessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenantScope = tenantScope;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<Account> list(UUID tenantId) {
        return accounts(tenantId, false);
    }

    @Transactional(readOnly = true)
    public Account get(UUID tenantId, UUID accountId) {
        return accounts(tenantId, false).stream().filter(account -> account.id().equals(accountId)).findFirst()
                .orElseThrow(Accounts::notFound);
    }

    /** Replaces the account's roles by one role of a member (MEMBER_ROLES); the same role again changes nothing. */
    @Transactional
    public void changeRole(UUID tenantId, UUID actingUserId, UUID accountId, Role role) {
        if (!Invitations.MEMBER_ROLES.contains(role)) {
            throw AccountProblems.invalid("role", "must be one of " + Invitations.MEMBER_ROLES);
        }
        List<Account> all = accounts(tenantId, true);
        Account account = find(all, accountId);
        if (account.roles().equals(EnumSet.of(role))) {
            return;
        }
        refuseSelf(account, actingUserId, "No coordinator changes their own role; another coordinator does");
        if (account.roles().contains(Role.AUDITOR)) {
            throw new ConflictException("account.auditor",
                    "An auditor's access is granted and ended under auditor grants; it has no other role");
        }
        if (role != Role.COORDINATOR) {
            refuseLastCoordinator(all, account);
        }
        jdbc.sql("update user_account set roles = :roles where user_id = :id and tenant_id = :tenant")
                .param("roles", role.name())
                .param("id", accountId)
                .param("tenant", tenantId)
                .update();
        sessions.changed(account.email());
    }

    /** The account cannot sign in any more and its page sessions end; deactivating twice changes nothing. */
    @Transactional
    public void deactivate(UUID tenantId, UUID actingUserId, UUID accountId) {
        List<Account> all = accounts(tenantId, true);
        Account account = find(all, accountId);
        refuseSelf(account, actingUserId, "No coordinator deactivates their own account; another coordinator does");
        if (!account.active()) {
            return;
        }
        refuseLastCoordinator(all, account);
        enable(tenantId, accountId, false);
        sessions.changed(account.email());
    }

    @Transactional
    public void reactivate(UUID tenantId, UUID accountId) {
        Account account = find(accounts(tenantId, true), accountId);
        if (!account.active()) {
            enable(tenantId, accountId, true);
            sessions.changed(account.email());
        }
    }

    private void enable(UUID tenantId, UUID accountId, boolean enabled) {
        jdbc.sql("update user_account set enabled = :enabled where user_id = :id and tenant_id = :tenant")
                .param("enabled", enabled)
                .param("id", accountId)
                .param("tenant", tenantId)
                .update();
    }

    private static void refuseSelf(Account account, UUID actingUserId, String detail) {
        if (account.id().equals(actingUserId)) {
            throw new ConflictException("account.self", detail);
        }
    }

    private static void refuseLastCoordinator(List<Account> all, Account leaving) {
        boolean another = all.stream().anyMatch(other -> other.activeCoordinator() && !other.id().equals(leaving.id()));
        if (leaving.activeCoordinator() && !another) {
            throw new ConflictException("account.last-coordinator",
                    "The municipality would have no active coordinator; make another account coordinator first");
        }
    }

    private static Account find(List<Account> all, UUID accountId) {
        return all.stream().filter(account -> account.id().equals(accountId)).findFirst()
                .orElseThrow(Accounts::notFound);
    }

    /** The tenant's accounts whose access has not ended; locked for the change to come when {@code lock}. */
    private List<Account> accounts(UUID tenantId, boolean lock) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select user_id, display_name, username, roles, enabled, created_at, expires_at
                        from user_account
                        where tenant_id = :tenant and (expires_at is null or expires_at > :now)
                        order by lower(display_name), created_at, user_id
                        """ + (lock ? " for update" : ""))
                .param("tenant", tenantId)
                .param("now", utc(clock.instant()))
                .query(Accounts::account)
                .list();
    }

    private static Account account(ResultSet row, int n) throws SQLException {
        return new Account(row.getObject("user_id", UUID.class), row.getString("display_name"),
                row.getString("username"), roles(row.getString("roles")), row.getBoolean("enabled"),
                instant(row, "created_at"), instant(row, "expires_at"));
    }

    /** The roles column: role names separated by commas. */
    static Set<Role> roles(String column) {
        return Arrays.stream(column.split(",")).filter(role -> !role.isBlank())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static ErrorResponseException notFound() {
        return AccountProblems.notFound("not-found", "No such account in the municipality");
    }
}
