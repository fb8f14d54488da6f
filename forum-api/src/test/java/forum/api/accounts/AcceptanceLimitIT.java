package forum.api.accounts;

import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/** A context of its own, with a low limit, so that blocking this test's address blocks no other test. */
@ForumIntegrationTest
@TestPropertySource(properties = "forum.security.limits.failed-sign-ins=3")
// Closed after the class: its consumers, left running, would be other workers to a later test's rebuild.
@DirtiesContext
class AcceptanceLimitIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void anAddressThatGuessesTokensIsRefusedEvenAValidOne() throws Exception {
        TestMunicipality home = TestMunicipality.signUp(http, accounts);
        String token = Invitees.token(post(home.as(http, Role.COORDINATOR), "/api/v1/invitations",
                Map.of("email", Invitees.email("blocked"), "name", "Bo", "role", "FORUM_MEMBER")));
        PageClient pages = new PageClient(port);
        // The invitation page's unknown links count with the API's unknown tokens.
        HttpResponse<String> unknownLink = pages.send(pages.get("/invitation?token=guess-0", null));
        assertThat(unknownLink.statusCode()).isEqualTo(404);
        assertThat(unknownLink.body()).contains("The link is not known.");
        for (int guess = 1; guess < 3; guess++) {
            problem(Invitees.accept(http, "guess-" + guess, Invitees.PASSWORD), HttpStatus.NOT_FOUND,
                    "invitation.unknown-token");
        }

        ResponseEntity<JsonNode> blocked = Invitees.accept(http, token, Invitees.PASSWORD);

        problem(blocked, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts");
        // The seconds left of the 15 minutes that began with the first guess.
        assertThat(Integer.parseInt(blocked.getHeaders().getFirst("Retry-After"))).isBetween(840, 900);
        HttpResponse<String> blockedLink = pages.send(pages.get("/invitation?token=" + token, null));
        assertThat(blockedLink.statusCode()).isEqualTo(429);
        assertThat(blockedLink.body()).contains("Too many unknown invitation links from this address. Try again in 15 minutes.");
    }
}
