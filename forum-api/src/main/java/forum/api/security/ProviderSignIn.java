package forum.api.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import java.io.IOException;

/**
 * Pages signed in through the municipality's OpenID provider (authorization-code flow with PKCE), where a client
 * registration is configured. The ID token's claims make the same {@link ForumUser} a bearer token of that provider
 * makes, refused by the same rules; the session then holds that user, as after the sign-in form.
 */
final class ProviderSignIn {

    /** Where a sign-in the provider made but Forum refuses comes back: the sign-in page says why. */
    static final String REFUSED = PageSecurity.SIGN_IN + "?refused";
    /** Where a sign-in that failed between Forum and the provider comes back. */
    static final String FAILED = PageSecurity.SIGN_IN + "?provider-failed";
    private static final String REFUSAL = "forum_refused";
    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private ProviderSignIn() {
    }

    static void apply(HttpSecurity http, ClientRegistrationRepository registrations, JwtUsers users)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler providerSignOut =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        providerSignOut.setPostLogoutRedirectUri("{baseUrl}" + PageSecurity.SIGN_IN + "?signed-out");
        // A provider that offers no end-session endpoint: the local session has ended all the same.
        providerSignOut.setDefaultTargetUrl(PageSecurity.SIGN_IN + "?signed-out");
        http.oauth2Login(login -> login.loginPage(PageSecurity.SIGN_IN)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(checked(users)))
                        .successHandler(new SignedIn(users))
                        .failureHandler(ProviderSignIn::failed))
                .logout(signOut -> signOut.logoutSuccessHandler(signedOut(providerSignOut)));
    }

    /** Whether the page session was signed in through the provider rather than with an account of Forum's. */
    static boolean throughProvider(Authentication signedIn) {
        return signedIn.getCredentials() instanceof OAuth2AuthenticationToken;
    }

    /** Who signed in through the provider signs out there too; who signed in with the form, only here. */
    private static LogoutSuccessHandler signedOut(LogoutSuccessHandler atProvider) {
        SimpleUrlLogoutSuccessHandler here = new SimpleUrlLogoutSuccessHandler();
        here.setDefaultTargetUrl(PageSecurity.SIGN_IN + "?signed-out");
        return (request, response, authentication) -> {
            if (authentication != null && throughProvider(authentication)) {
                atProvider.onLogoutSuccess(request, response, (Authentication) authentication.getCredentials());
            } else {
                here.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    /** Refuses, before any session holds it, a sign-in whose claims make no Forum user. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> checked(JwtUsers users) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser person = provider.loadUser(request);
            try {
                users.user(person);
            } catch (OAuth2AuthenticationException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error(REFUSAL, e.getError().getDescription(), null));
            }
            return person;
        };
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response,
                               AuthenticationException failure) throws IOException {
        boolean refused = failure instanceof OAuth2AuthenticationException e
                && REFUSAL.equals(e.getError().getErrorCode());
        // Why is for whoever runs the provider and Forum; the person is told only what they can do.
        log.warn("Sign-in through the identity provider {}: {}", refused ? "refused" : "failed", failure.getMessage());
        response.sendRedirect(request.getContextPath() + (refused ? REFUSED : FAILED));
    }

    /**
     * Puts the Forum user in the session in place of the provider's. The provider's sign-in (with its ID token) stays
     * as the credentials, so that signing out can end the provider's session as well (RP-initiated logout).
     */
    private static final class SignedIn implements AuthenticationSuccessHandler {

        private final JwtUsers users;
        private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

        SignedIn(JwtUsers users) {
            this.users = users;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication provided) throws IOException, ServletException {
            OidcUser person = (OidcUser) provided.getPrincipal();
            ForumUser user = users.user(person);
            Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, provided,
                    user.getAuthorities());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
            next.onAuthenticationSuccess(request, response, signedIn);
        }
    }
}
