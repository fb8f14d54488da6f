package forum.api.security;

import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.OpenIdProvider;
import forum.api.support.SignUps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pages signed in through a real OpenID provider over real HTTP: a cookie-keeping client follows the redirects
 * from the sign-in page to the provider, fills in the provider's own sign-in form and comes back signed in, as the
 * user the ID token's claims name, by the same rules as the API's bearer tokens; and once in Chromium, as a person.
 */
@ForumIntegrationTest
class ProviderSignInIT {

    private static final OpenIdProvider PROVIDER = OpenIdProvider.start();
    private static final String PROVIDER_NAME = "Kommunens inloggning";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.registration.forum.client-id", () -> OpenIdProvider.CLIENT_ID);
        properties.add("spring.security.oauth2.client.registration.forum.client-secret",
                () -> OpenIdProvider.CLIENT_SECRET);
        properties.add("spring.security.oauth2.client.registration.forum.client-name", () -> PROVIDER_NAME);
        properties.add("spring.security.oauth2.client.registration.forum.scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.forum.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    private String application;
    private HttpClient browser;

    @BeforeEach
    void browser() {
        // Another host than the provider's (localhost), so that the two servers' session cookies stay apart.
        application = "http://127.0.0.1:" + port;
        OpenIdProvider.application(application);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void aCoordinatorSignsInThroughTheProviderAndLandsOnTheStartPageInTheMunicipalitysLanguage() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http, "SE", "Kommun " + UUID.randomUUID(), "Kerstin Lind");
        String person = "kerstin-" + UUID.randomUUID();
        OpenIdProvider.claims(person, Map.of("forum_tenant", tenant.tenantId().toString(),
                "forum_roles", List.of("coordinator"), "name", "Kerstin Lind"));

        HttpResponse<String> signInPage = get(application + "/login");
        assertThat(signInPage.body()).contains("href=\"/oauth2/authorization/forum\"",
                "Sign in with " + PROVIDER_NAME, "name=\"password\"");

        HttpResponse<String> landed = signInAtProvider(person);

        assertThat(landed.uri()).as("redirects %s", locations(landed)).isEqualTo(URI.create(application + "/"));
        assertThat(landed.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(application + "/").body())
                .contains("<html lang=\"sv\"", "Välkommen, Kerstin Lind", "action=\"/logout\""));

        HttpResponse<String> signedOut = post(application + "/logout", "_csrf=" + csrf(get(application + "/")));
        assertThat(signedOut.uri()).as("the provider's session ended too and sent the person back")
                .isEqualTo(URI.create(application + "/login?signed-out"));
        assertThat(get(application + "/").uri()).as("the page session is over")
                .isEqualTo(URI.create(application + "/login"));
    }

    @Test
    void inChromiumTheSignInPageLeadsThroughTheProvidersFormToTheStartPage() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http, "DK", "Kommune " + UUID.randomUUID(), "Dorte Holm");
        String person = "dorte-" + UUID.randomUUID();
        OpenIdProvider.claims(person, Map.of("forum_tenant", tenant.tenantId().toString(),
                "forum_roles", List.of("COORDINATOR"), "name", "Dorte Holm"));

        try (Browser browser = Chromium.start(application, "en-GB", "sign-in-through-the-provider")) {
            browser.open("/login", "sign-in-offering-the-provider")
                    .click(By.linkText("Sign in with " + PROVIDER_NAME), "the-providers-sign-in");
            // The provider's own form is the provider's page, not one of Forum's.
            WebDriver provider = browser.driver();
            provider.findElement(By.id("username")).sendKeys(person);
            provider.findElement(By.id("password")).sendKeys(OpenIdProvider.PASSWORD, Keys.ENTER);
            new WebDriverWait(provider, Duration.ofSeconds(20))
                    .until(back -> back.getCurrentUrl().startsWith(application));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    browser.open("/", "start-signed-in-through-the-provider").text(By.tagName("h1")))
                    .isEqualTo("Velkommen, Dorte Holm"));
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("da");
        }
    }

    @Test
    void anIdTokenMakingTheOperatorAlsoAMemberOfAMunicipalitySignsNobodyIn() throws Exception {
        String tenant = SignUps.signUp(http).tenantId().toString();
        for (Map<String, Object> claims : List.of(
                Map.<String, Object>of("forum_tenant", tenant, "forum_roles", List.of("OPERATOR", "COORDINATOR")),
                Map.<String, Object>of("forum_tenant", tenant, "forum_roles", List.of("OPERATOR")),
                Map.<String, Object>of("forum_roles", List.of("OPERATOR", "LICENSING_OFFICER")),
                Map.<String, Object>of("forum_tenant", tenant, "forum_roles", List.of("admin")))) {
            browser();
            String person = "refused-" + UUID.randomUUID();
            OpenIdProvider.claims(person, claims);

            HttpResponse<String> refused = signInAtProvider(person);

            assertThat(refused.uri()).as("%s: redirects %s", claims, locations(refused)).isEqualTo(URI.create(application + "/login?refused"));
            assertThat(refused.body()).contains("did not give you a role in Forum that may be used");
            assertThat(get(application + "/").uri()).as("nobody is signed in")
                    .isEqualTo(URI.create(application + "/login"));
        }
    }

    /** Starts at the sign-in page's provider link and submits the provider's own form; answers where it ended. */
    private HttpResponse<String> signInAtProvider(String person) throws Exception {
        HttpResponse<String> providerForm = get(application + "/oauth2/authorization/forum");
        assertThat(providerForm.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
        assertThat(locations(providerForm)).anySatisfy(location -> assertThat(location)
                .startsWith(PROVIDER.issuer() + "/oauth2/authorize").contains("code_challenge_method=S256"));
        return post(PROVIDER.issuer() + "/login", "username=" + encode(person) + "&password="
                + encode(OpenIdProvider.PASSWORD) + "&_csrf=" + encode(csrf(providerForm)));
    }

    private static List<String> locations(HttpResponse<?> response) {
        List<String> locations = new java.util.ArrayList<>();
        for (Optional<? extends HttpResponse<?>> at = Optional.of(response); at.isPresent();
             at = at.get().previousResponse()) {
            at.get().headers().firstValue("Location").ifPresent(locations::add);
        }
        return locations;
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on %s", page.uri()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
