package forum.api.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in person. The tenant comes from here, never from a request: every command and query
 * of a tenant user is scoped to {@link #tenantId()}. A network coordinator belongs to no tenant but to
 * the one network {@link #networkId()} names; everyone else has no network.
 */
public record ForumUser(UUID userId, UUID tenantId, String username, String passwordHash, String displayName,
                        Set<Role> roles, UUID networkId) implements UserDetails {

    /** A user of a tenant, or the operator: no network. */
    public ForumUser(UUID userId, UUID tenantId, String username, String passwordHash, String displayName,
                     Set<Role> roles) {
        this(userId, tenantId, username, passwordHash, displayName, roles, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
