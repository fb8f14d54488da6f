package forum.api.support;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID provider (Spring Authorization Server) on a port of its own, for the pages' sign-in tests: the
 * client {@link #CLIENT_ID} may come back only to the application at {@link #application(String)}, must use PKCE, and
 * the people's ID tokens carry the claims the test gives them with {@link #claims(String, Map)}. Its sign-in form
 * is the provider's own; every person's password is {@link #PASSWORD}.
 */
public final class OpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "forum";
    public static final String CLIENT_SECRET = "the client secret of the tests";
    public static final String PASSWORD = "the provider's password";

    private static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
    private static volatile String application = "http://application.invalid";

    private final ConfigurableApplicationContext context;

    private OpenIdProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a provider; its issuer is {@link #issuer()}. */
    public static OpenIdProvider start() {
        return new OpenIdProvider(new SpringApplicationBuilder(Server.class).web(WebApplicationType.SERVLET)
                // Not the application's own configuration: this is another server.
                .properties("spring.config.name=openid-provider", "server.port=0", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run());
    }

    public String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The application's address, as the person's browser reaches it (its redirects must come back there). */
    public static void application(String baseUrl) {
        application = baseUrl;
    }

    /** The claims the ID token of the person signing in as {@code username} carries besides the standard ones. */
    public static void claims(String username, Map<String, Object> claims) {
        CLAIMS.put(username, Map.copyOf(claims));
    }

    @Override
    public void close() {
        context.close();
    }

    /** Not a {@code @Configuration}: the application's component scan, which reaches the tests, must not find it. */
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Server {

        /** Built on each look-up: the application's port is known only once it has started, after the provider. */
        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // The provider re-encodes a secret after checking it; the one client is made afresh each time.
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? forum() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? forum() : null;
                }
            };
        }

        private static RegisteredClient forum() {
            return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(application + "/login/oauth2/code/" + CLIENT_ID)
                    .postLogoutRedirectUri(application + "/login?signed-out")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .build();
        }

        /** Anyone the test named claims for may sign in. */
        @Bean
        UserDetailsService people() {
            return username -> {
                if (!CLAIMS.containsKey(username)) {
                    throw new UsernameNotFoundException(username);
                }
                return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> forumClaims() {
            return token -> {
                if (OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                    CLAIMS.getOrDefault(token.getPrincipal().getName(), Map.of()).forEach(token.getClaims()::claim);
                }
            };
        }
    }
}
