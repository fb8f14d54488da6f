package forum.api.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.support.PageClient;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * The start page by role, in the municipality's language (a Swedish one; no Accept-Language is sent): the
 * coordinator sees what needs attention, the licensing officer the recommendations awaiting a decision, a forum
 * member the next meeting; each what their role may do, and nothing of the others'.
 */
@ForumIntegrationTest
class StartPageByRoleIT {

    private static final String PASSWORD = "the invitee's own password";

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void eachRoleSeesItsOwnStartPage() throws Exception {
        SignUps.Tenant tenant = SignUps.signUp(http);
        String member = invited(tenant, "FORUM_MEMBER", "Petra Polis");
        String licensing = invited(tenant, "LICENSING_OFFICER", "Tove Tillstånd");
        PageClient pages = new PageClient(port);

        String coordinatorPage = start(pages, tenant.coordinator(), SignUps.PASSWORD);
        assertThat(coordinatorPage).contains("Välkommen, Sam Samordnare", "samordnare",
                "Det här behöver uppmärksamhet nu", "Försenade åtgärdspunkter", "Krogar med öppna händelser",
                "Leda kommunens samverkansgrupper");

        String licensingPage = start(pages, licensing, PASSWORD);
        assertThat(licensingPage).contains("Välkommen, Tove Tillstånd", "tillståndshandläggare",
                "Rekommendationer som väntar på beslut", "Ingen rekommendation väntar på beslut.",
                "Följa krogarna och deras ärenden")
                .doesNotContain("Det här behöver uppmärksamhet nu", "Försenade åtgärdspunkter");

        String memberPage = start(pages, member, PASSWORD);
        assertThat(memberPage).contains("Välkommen, Petra Polis", "medlem i samverkansgruppen", "Nästa möte",
                "Inget möte är planerat.", "Läsa dina samverkansgruppers möten")
                .doesNotContain("Det här behöver uppmärksamhet nu", "Rekommendationer som väntar på beslut",
                        "Leda kommunens samverkansgrupper");
    }

    private static String start(PageClient pages, String username, String password) throws Exception {
        var page = pages.send(pages.get("/", pages.signIn(username, password)));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** Invited by the coordinator through the API and accepted: the account's user name. */
    private String invited(SignUps.Tenant tenant, String role, String name) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.se";
        ResponseEntity<JsonNode> invitation = Api.post(tenant.as(http), "/api/v1/invitations",
                Map.of("email", email, "name", name, "role", role));
        Api.created(invitation);
        ResponseEntity<JsonNode> accepted = Api.post(http, "/api/v1/invitations/"
                + invitation.getBody().get("token").asText() + "/acceptance", Map.of("password", PASSWORD));
        assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(201);
        return email;
    }
}
