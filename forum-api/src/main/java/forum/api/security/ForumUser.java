package forum.api.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in person. The tenant comes from here, never from a request: every command and query
 * of a tenant user is scoped to {@link #tenantId()}.
 */
public record ForumUser(UUID userId, UUID tenantId, String username, String passwordHash, String displayName,
                        Set<Role> roles) implements UserDetails {

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
