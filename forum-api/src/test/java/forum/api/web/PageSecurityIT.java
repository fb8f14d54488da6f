package forum.api.web;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static forum.api.support.PageClient.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;

/**
 * The two doors over real HTTP: the pages take a form and a session and refuse a POST without its CSRF token; the
 * API stays stateless, takes HTTP Basic without a token, and a page session does not open it.
 */
@ForumIntegrationTest
class PageSecurityIT {

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    private PageClient pages;

    @BeforeEach
    void pages() {
        pages = new PageClient(port);
    }

    @Test
    void aSignInWithoutItsCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http);

        HttpResponse<String> refused = send(form("/login", null, "username=" + encode(tenant.coordinator())
                + "&password=" + encode(SignUps.PASSWORD)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>You may not use this page</h1>", "security token");
        Optional<String> session = sessionCookie(refused);
        if (session.isPresent()) {
            HttpResponse<String> start = send(get("/", session.get()));
            assertThat(start.statusCode()).as("the session is nobody's").isEqualTo(302);
        }
    }

    @Test
    void aSignInWithTheFormGivesANewSessionThatOpensPagesButNotTheApi() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http);
        HttpResponse<String> form = send(get("/login", null));
        String before = sessionCookie(form).orElseThrow();

        HttpResponse<String> signedIn = send(form("/login", before, "username=" + encode(tenant.coordinator())
                + "&password=" + encode(SignUps.PASSWORD) + "&_csrf=" + encode(csrf(form.body()))));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        String after = sessionCookie(signedIn).orElseThrow();
        assertThat(after).as("a new session id at sign-in").isNotEqualTo(before);
        HttpResponse<String> start = send(get("/", after));
        assertThat(start.statusCode()).isEqualTo(200);
        // In the municipality's language: SignUps signs up Swedish ones, and no Accept-Language is sent.
        assertThat(start.body()).contains("Välkommen, Sam Samordnare");

        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/municipality"))
                .header("Cookie", after).header("Accept", "application/json").build());
        assertThat(api.statusCode()).as("the API takes no page session").isEqualTo(401);

        HttpResponse<String> signOutWithoutToken = send(form("/logout", after, ""));
        assertThat(signOutWithoutToken.statusCode()).isEqualTo(403);
        assertThat(send(get("/", after)).statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> signedOut = send(form("/logout", after, "_csrf=" + encode(csrf(start.body()))));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/login?signed-out"));
        HttpResponse<String> afterSignOut = send(get("/", after));
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/login"));
    }

    @Test
    void theApiTakesBasicWithoutACsrfTokenAndKeepsNoSession() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http);
        String basic = "Basic " + Base64.getEncoder().encodeToString((tenant.coordinator() + ":" + SignUps.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> established = send(HttpRequest.newBuilder(uri("/api/v1/forums"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Krogar mot knark\",\"method\":\"KROGAR_MOT_KNARK\",\"meetingsPerYear\":4}"))
                .build());

        assertThat(established.statusCode()).as(established.body()).isEqualTo(201);
        assertThat(sessionCookie(established)).isEmpty();
    }

    @Test
    void aPageOfNoRouteIsTheNotFoundPageAndTheApiStillAnswersAProblem() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http);
        String basic = "Basic " + Base64.getEncoder().encodeToString((tenant.coordinator() + ":" + SignUps.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String session = signIn(tenant);

        HttpResponse<String> page = send(get("/no-such-page", session));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Sidan finns inte</h1>");

        HttpResponse<String> refused = send(get("/network/statistics", session));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>Du får inte använda den här sidan</h1>");

        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", basic).header("Accept", "text/html,application/json").build());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void afterTenFailedSignInsTheFormSaysWhenToTryAgainEvenToTheRightPassword() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http);
        HttpResponse<String> form = send(get("/login", null));
        String session = sessionCookie(form).orElseThrow();
        String token = encode(csrf(form.body()));
        for (int attempt = 0; attempt < 10; attempt++) {
            HttpResponse<String> wrong = send(form("/login", session, "username=" + encode(tenant.coordinator())
                    + "&password=wrong&_csrf=" + token));
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                    .endsWith("/login?error"));
        }

        HttpResponse<String> blocked = send(form("/login", session, "username=" + encode(tenant.coordinator())
                + "&password=" + encode(SignUps.PASSWORD) + "&_csrf=" + token));

        assertThat(blocked.statusCode()).isEqualTo(302);
        String location = blocked.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/login\\?blocked=1[45]");
        HttpResponse<String> page = send(get(URI.create(location).getPath() + "?" + URI.create(location).getQuery(),
                session));
        assertThat(page.body()).contains("Too many failed sign-ins with this account or from this address. "
                + "Try again in " + location.substring(location.indexOf('=') + 1) + " minutes.");
    }

    @Test
    void theStylesheetAndHtmxComeFromTheApplicationWithoutSigningIn() throws Exception {
        HttpResponse<String> stylesheet = send(get("/css/forum.css", null));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/css"));

        HttpResponse<String> htmx = send(get("/webjars/htmx.org/dist/htmx.min.js", null));
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
    }

    private String signIn(SignUps.Tenant tenant) throws IOException, InterruptedException {
        return pages.signIn(tenant.coordinator(), SignUps.PASSWORD);
    }

    private HttpRequest get(String path, String cookie) {
        return pages.get(path, cookie);
    }

    private HttpRequest form(String path, String cookie, String body) {
        return pages.form(path, cookie, body);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return pages.send(request);
    }

    private URI uri(String path) {
        return pages.uri(path);
    }
}
