package forum.api.municipality;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static forum.api.support.PageClient.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who mistypes the official code a few times still signs up; the address's sign-ups are limited, and the
 * 429 says when to come back. A context of its own, with low limits, so that it blocks no other test's address.
 */
@ForumIntegrationTest
@TestPropertySource(properties = {"forum.security.limits.sign-ups-per-address=2",
        "forum.security.limits.refused-sign-ups-per-address=4"})
// Closed after the class: its consumers, left running, would be other workers to a later test's rebuild.
@DirtiesContext
class SignUpLimitIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void mistypedCodesDoNotUseUpTheSignUpsAndTheLimitSaysWhenToComeBack() throws Exception {
        for (int mistyped = 0; mistyped < 3; mistyped++) {
            ResponseEntity<JsonNode> refused = signUp("12");
            assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("code").asText()).isEqualTo("municipality.official-code-format");
        }
        // Swedish codes below 1000 are used by no other test (SignUps takes 1000-9999).
        int code = ThreadLocalRandom.current().nextInt(100, 999);
        assertThat(signUp("0" + code).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(signUp("0" + (code + 1)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> tooMany = signUp("12");

        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(tooMany.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tooMany.getBody().get("code").asText()).isEqualTo("too-many-attempts");
        assertThat(Integer.parseInt(tooMany.getHeaders().getFirst("Retry-After"))).isBetween(3300, 3600);

        // The sign-up page counts with the API: refused too, on the form, and nothing stored.
        PageClient pages = new PageClient(port);
        HttpResponse<String> form = pages.send(pages.get(SignUpPages.DETAILS + "?country=SE", null));
        String email = "coordinator-" + UUID.randomUUID() + "@example.se";
        HttpResponse<String> refused = pages.send(pages.form(SignUpPages.DETAILS, sessionCookie(form).orElseThrow(),
                "country=SE&name=Kommun&officialCode=0" + (code + 2) + "&coordinatorName=Sam&coordinatorEmail="
                        + encode(email) + "&coordinatorPassword=" + encode("a long enough password")
                        + "&coordinatorPasswordRepeat=" + encode("a long enough password")
                        + "&_csrf=" + encode(csrf(form.body()))));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).containsPattern("Too many sign-ups from this address. Try again in (59|60) minutes.");
        assertThat(accounts.exists(email)).isFalse();
    }

    private ResponseEntity<JsonNode> signUp(String officialCode) {
        return http.postForEntity("/api/v1/municipalities", Map.of("name", "Kommun " + officialCode,
                "country", "SE", "officialCode", officialCode, "coordinatorName", "Sam Samordnare",
                "coordinatorEmail", "coordinator-" + UUID.randomUUID() + "@example.se",
                "coordinatorPassword", "a long enough password"), JsonNode.class);
    }
}
