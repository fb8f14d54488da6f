package forum.api.accounts;

import static forum.api.accounts.Invitations.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.api.security.Role;
import forum.projections.runtime.TenantScope;

/**
 * Who an account of the municipality is, for pages that name the people behind recorded work (a case's timeline):
 * its name and roles, and until when its access lasts. Deactivated accounts and those whose access has ended are
 * found too: the history they made stays theirs. Offered to the other features, which know an account by its id only.
 */
@Service
public class AccountDirectory {

    /** An account as others name it; {@code accessUntil} is null for an account whose access does not end. */
    public record NamedAccount(UUID id, String name, Set<Role> roles, Instant accessUntil) {
    }

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    AccountDirectory(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** The municipality's accounts among {@code ids}, by id, in one read; ids of no account here are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, NamedAccount> named(UUID tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select user_id, display_name, roles, expires_at
                        from user_account
                        where tenant_id = :tenant and user_id in (:ids)
                        """)
                .param("tenant", tenantId)
                .param("ids", Set.copyOf(ids))
                .query((row, n) -> new NamedAccount(row.getObject("user_id", UUID.class),
                        row.getString("display_name"), Accounts.roles(row.getString("roles")),
                        instant(row, "expires_at")))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(NamedAccount::id, Function.identity()));
    }

    /** The account of the municipality with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<NamedAccount> named(UUID tenantId, UUID id) {
        return Optional.ofNullable(named(tenantId, Set.of(id)).get(id));
    }
}
