package forum.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * Signs in the scraper by its {@link ScrapeCredential}; any other name is left to the accounts. The scraper is
 * no person and holds no {@link Role}: its one authority opens the actuator and nothing else.
 */
class ScrapeAuthentication implements AuthenticationProvider {

    /** Named in management.endpoint.health.roles (application.yml) too, so the scraper sees health's details. */
    static final String SCRAPER = "METRICS_SCRAPER";

    private final ScrapeCredential credential;

    ScrapeAuthentication(ScrapeCredential credential) {
        this.credential = credential;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        if (!credential.isFor(name)) {
            return null;
        }
        Object secret = attempt.getCredentials();
        if (!credential.matches(name, secret == null ? null : secret.toString())) {
            throw new BadCredentialsException("Wrong scrape password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
