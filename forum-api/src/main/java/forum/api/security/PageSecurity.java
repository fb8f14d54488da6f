package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages' door: a sign-in form, then a session, so that Argon2 is checked once at sign-in and not on every
 * page (it costs about 30 ms). CSRF tokens on every form, sign-out by POST, a new session id at sign-in against
 * session fixation; the session ends after server.servlet.session.timeout idle. Whatever no other chain matches
 * comes here, so the API documentation and health's status are opened here too. Where an OpenID provider is
 * configured, pages also sign in through it ({@link ProviderSignIn}).
 */
@Configuration
class PageSecurity {

    static final String SIGN_IN = "/login";
    static final String SIGN_OUT = "/logout";
    /** Where a refusal is shown: the page that says the person may not use what they asked for. */
    static final String FORBIDDEN = "/forbidden";

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AttemptLimits limits, ObjectMapper json, JwtUsers.Claims claims,
                              ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
        ClientRegistrationRepository provider = providers.getIfAvailable();
        if (provider != null) {
            ProviderSignIn.apply(http, provider, new JwtUsers(claims));
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        // The refusal and error pages a request is forwarded to were decided on already.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/error",
                                "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(SIGN_IN, FORBIDDEN, "/css/**", "/webjars/**", "/favicon.ico").permitAll()
                        // Signing a municipality up, accepting an invitation, choosing a new password from a link:
                        // the person has no account yet, or cannot sign in with it.
                        .requestMatchers("/sign-up", "/sign-up/**", "/invitation", "/invitation/**",
                                "/password-reset", "/password-reset/**").permitAll()
                        // A subscribed calendar's feed: the secret token in its address is its only credential.
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                        .requestMatchers(PageAreas.NETWORK).hasRole(Role.NETWORK_COORDINATOR.name())
                        .requestMatchers(PageAreas.OPERATOR).hasRole(Role.OPERATOR.name())
                        .requestMatchers(PageAreas.AUDIT).hasRole(Role.AUDITOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).failureHandler(new DatabaseAwareSignInFailure()))
                .logout(signOut -> signOut.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(refused -> refused.accessDeniedPage(FORBIDDEN).authenticationEntryPoint(signIn()))
                .addFilterBefore(new AttemptLimitFilter(limits, json), UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    /**
     * To the sign-in page; but htmx, asking for part of a page after the session has ended, is told to send the whole
     * window there (HX-Redirect) rather than being handed the sign-in page to put into that part.
     */
    private static AuthenticationEntryPoint signIn() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> htmx = new LinkedHashMap<>();
        htmx.put(request -> "true".equals(request.getHeader("HX-Request")), (request, response, refused) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + SIGN_IN);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        });
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(htmx);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN));
        return entryPoint;
    }
}
