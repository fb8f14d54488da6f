package forum.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Production sign-in: a JWT from the municipality's identity provider (the issuer is configured with
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). The tenant and the roles come from
 * the token's claims, which only the trusted issuer can sign; a token without a known role is refused. The platform
 * operator is the one user of no tenant: a token whose roles are exactly {@code OPERATOR}, without a tenant claim.
 */
class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    @ConfigurationProperties("forum.security.jwt")
    record Claims(@DefaultValue("forum_tenant") String tenant, @DefaultValue("forum_roles") String roles,
                  @DefaultValue("name") String name) {
    }

    private final Claims claims;

    JwtUsers(Claims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        ForumUser user = user(jwt);
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
    }

    /**
     * The person a bearer token or a page sign-in's ID token names, by the same claims and the same refusals: both
     * come from the same identity provider, so one person is the same user through the API and the pages.
     */
    ForumUser user(ClaimAccessor token) {
        Set<Role> roles = roles(token.getClaimAsStringList(claims.roles()));
        UUID tenant;
        if (roles.contains(Role.OPERATOR)) {
            // The operator runs the service and never reads a tenant's cases: a token that made someone the
            // operator and a member of a municipality at once is a mistake of the identity provider's set-up.
            if (!roles.equals(EnumSet.of(Role.OPERATOR)) || token.hasClaim(claims.tenant())) {
                throw refused("An operator's token carries no other role and no " + claims.tenant() + " claim");
            }
            tenant = null;
        } else {
            tenant = tenant(token.getClaimAsString(claims.tenant()));
            if (tenant == null) {
                throw refused("Token has no valid " + claims.tenant() + " claim");
            }
        }
        String subject = token.getClaimAsString(JwtClaimNames.SUB);
        String name = token.getClaimAsString(claims.name());
        return new ForumUser(userId(token, subject), tenant, subject, "", name == null ? subject : name, roles, null);
    }

    /** Users of an identity provider have no UUID of ours: the subject, scoped by issuer, names them. */
    private static UUID userId(ClaimAccessor token, String subject) {
        String issuer = token.hasClaim(JwtClaimNames.ISS) ? token.getClaimAsString(JwtClaimNames.ISS) : "";
        return UUID.nameUUIDFromBytes((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID tenant(String claim) {
        try {
            return claim == null ? null : UUID.fromString(claim);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<Role> roles(Collection<String> claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claim == null ? List.<String>of() : claim) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(value)) {
                    roles.add(role);
                }
            }
        }
        if (roles.isEmpty()) {
            throw refused("Token carries no Forum role");
        }
        return roles;
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", reason, null));
    }
}
