package forum.api.audit.history;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import forum.api.security.Role;

/**
 * The roles accounts held at a moment, from account_role_history (written by a trigger whenever an account's roles
 * are set). Changes were recorded from that table's migration on: for a moment before an account's first recorded
 * roles, the answer is those first roles, marked as held since then and not known before.
 */
@Component
class RolesAtTheTime {

    /** Roles an account held from {@code since}. */
    record Held(Set<Role> roles, Instant since) {
    }

    /** The roles held at a moment; {@code recordedThen} false when the moment precedes every record of them. */
    record AtTheTime(Set<Role> roles, boolean recordedThen, Instant since) {
    }

    private final JdbcClient jdbc;

    RolesAtTheTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every recorded change of these accounts' roles, oldest first, in one read; the tenant must be entered. */
    Map<UUID, List<Held>> of(UUID tenantId, Collection<UUID> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        record Row(UUID account, Held held) {
        }
        return jdbc.sql("""
                        select account_id, roles, since from account_role_history
                        where tenant_id = :tenant and account_id in (:accounts)
                        order by since, change_id
                        """)
                .param("tenant", tenantId)
                .param("accounts", Set.copyOf(accounts))
                .query((row, n) -> new Row(row.getObject("account_id", UUID.class),
                        new Held(roles(row.getString("roles")), row.getTimestamp("since").toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(Row::account, Collectors.mapping(Row::held, Collectors.toList())));
    }

    /** The roles of {@code changes} (oldest first) at {@code moment}; null when nothing was recorded at all. */
    static AtTheTime at(List<Held> changes, Instant moment) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        return changes.stream().filter(held -> !held.since().isAfter(moment))
                .reduce((earlier, later) -> later)
                .map(held -> new AtTheTime(held.roles(), true, held.since()))
                .orElseGet(() -> new AtTheTime(changes.get(0).roles(), false, changes.get(0).since()));
    }

    private static Set<Role> roles(String column) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : column.split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role.strip()));
            }
        }
        return roles;
    }
}
