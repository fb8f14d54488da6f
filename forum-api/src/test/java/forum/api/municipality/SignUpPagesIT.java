package forum.api.municipality;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static forum.api.support.PageClient.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;

/**
 * The sign-up form over plain HTTP, in English (no Accept-Language): a code or an e-mail taken already is said
 * next to its field and stores nothing; a form without its CSRF token is refused; the right form signs the
 * coordinator in, in a new session.
 */
@ForumIntegrationTest
class SignUpPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    private PageClient pages;

    @BeforeEach
    void pages() {
        pages = new PageClient(port);
    }

    @Test
    void aCodeSignedUpAlreadyIsSaidNextToItsFieldAndNothingIsStored() throws Exception {
        String code = freeNorwegianCode();
        assertThat(http.postForEntity("/api/v1/municipalities", request(code, newEmail()), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String email = newEmail();

        HttpResponse<String> refused = signUp(code, email, true);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(fieldError(refused.body(), "officialCode"))
                .isEqualTo("A municipality with this kommunenummer has signed up already. Ask its coordinator for an account.");
        assertThat(refused.body()).contains("aria-invalid=\"true\"", "There is a problem");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void anEmailWithAnAccountIsSaidNextToItsFieldAndTheCodeStaysFreeUntilTheRightFormSignsTheCoordinatorIn()
            throws Exception {
        SignUps.Tenant existing = SignUps.signUp(http);
        String code = freeNorwegianCode();

        HttpResponse<String> refused = signUp(code, existing.coordinator(), true);
        assertThat(fieldError(refused.body(), "coordinatorEmail")).isEqualTo(
                "An account with this e-mail address exists already. Sign in with it, or use another address.");

        String email = newEmail();
        HttpResponse<String> signedUp = signUp(code, email, true);
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(302);
        assertThat(signedUp.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        HttpResponse<String> start = pages.send(pages.get("/", sessionCookie(signedUp).orElseThrow()));
        assertThat(start.statusCode()).isEqualTo(200);
        // Norwegian: the municipality's country, now that the coordinator is signed in.
        assertThat(start.body()).contains("lang=\"nb\"", "Velkommen, Ola Koordinator", "Bodø (pages)");
        assertThat(accounts.exists(email)).isTrue();
    }

    @Test
    void aSignUpWithoutItsCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        String email = newEmail();

        HttpResponse<String> refused = signUp(freeNorwegianCode(), email, false);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(accounts.exists(email)).isFalse();
    }

    /** Sends the form from the page it is on, as a browser would, with or without the page's CSRF token. */
    private HttpResponse<String> signUp(String code, String email, boolean withToken) throws Exception {
        HttpResponse<String> form = pages.send(pages.get("/sign-up/municipality?country=NO", null));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"officialCode\">Kommunenummer (the official municipality number)</label>");
        StringBuilder body = new StringBuilder();
        request(code, email).forEach((name, value) -> body.append(name).append('=').append(encode(value)).append('&'));
        body.append("coordinatorPasswordRepeat=").append(encode(SignUps.PASSWORD));
        if (withToken) {
            body.append("&_csrf=").append(encode(csrf(form.body())));
        }
        return pages.send(pages.form(SignUpPages.DETAILS, sessionCookie(form).orElseThrow(), body.toString()));
    }

    private static Map<String, String> request(String code, String email) {
        return Map.of("name", "Bodø (pages)", "country", "NO", "officialCode", code,
                "coordinatorName", "Ola Koordinator", "coordinatorEmail", email, "coordinatorPassword", SignUps.PASSWORD);
    }

    /** Norwegian codes below 1000 are used by no other test (SignUps takes 1000-9999). */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

    private static String freeNorwegianCode() {
        return "0" + NEXT_CODE.getAndIncrement();
    }

    private static String newEmail() {
        return "ola-" + UUID.randomUUID() + "@example.no";
    }

    private static String fieldError(String page, String field) {
        Matcher error = Pattern.compile("id=\"" + field + "-error\">.*?</span>\\s*<span>([^<]*)</span>", Pattern.DOTALL)
                .matcher(page);
        assertThat(error.find()).as("a message next to %s", field).isTrue();
        return error.group(1);
    }
}
