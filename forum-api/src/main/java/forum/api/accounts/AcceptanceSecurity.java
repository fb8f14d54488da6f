package forum.api.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The invitee has no account yet, so accepting an invitation is open: the token in the path is the credential.
 * A chain of its own, before the API's, that matches nothing else; the limit on guessed tokens is applied by
 * {@link InvitationController}, so it holds whichever chain lets the request in.
 */
@Configuration
class AcceptanceSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain invitationAcceptance(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/api/v1/invitations/*/acceptance"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies and no session: nothing a cross-site request could ride on.
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
