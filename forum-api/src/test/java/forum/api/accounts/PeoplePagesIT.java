package forum.api.accounts;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * The people pages over HTTP: only the coordinator opens them; another municipality's invitation or grant is not
 * found; refused forms store nothing; an invitation's link carries a token that works. Norwegian: bokmål.
 */
@ForumIntegrationTest
class PeoplePagesIT {

    private static final Pattern LINK = Pattern.compile("id=\"issued-link\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    private PageClient pages;
    private TestMunicipality municipality;

    @BeforeEach
    void municipality() {
        pages = new PageClient(port);
        municipality = TestMunicipality.signUp(http, accounts);
    }

    @Test
    void onlyTheCoordinatorOpensThePeoplePages() throws Exception {
        for (Role role : new Role[]{Role.FORUM_MEMBER, Role.LICENSING_OFFICER, Role.AUDITOR}) {
            String session = pages.signIn(municipality.usernames().get(role), TestMunicipality.PASSWORD);
            HttpResponse<String> start = pages.landing(session);
            assertThat(start.body()).as("%s has no link to the people page", role).doesNotContain("href=\"/people\"");
            for (String path : new String[]{"/people", "/people/auditor-grants"}) {
                HttpResponse<String> refused = pages.send(pages.get(path, session));
                assertThat(refused.statusCode()).as("%s opening %s", role, path).isEqualTo(403);
                assertThat(refused.body()).contains("<h1>Du har ikke tilgang til denne siden</h1>");
            }
            String token = encode(csrf(start.body()));
            assertThat(pages.send(pages.form("/people/invitations", session, "name=Ola&email=ola-" + UUID.randomUUID()
                    + "@example.no&role=COORDINATOR&_csrf=" + token)).statusCode()).isEqualTo(403);
        }
        assertThat(pending()).isEmpty();
    }

    @Test
    void anInvitationShowsItsLinkOnceAndTheLinksTokenWorks() throws Exception {
        String session = coordinator();
        String email = "lise-" + UUID.randomUUID() + "@example.no";
        HttpResponse<String> page = pages.send(pages.get("/people", session));
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> invited = pages.send(pages.form("/people/invitations", session, "name=Lise+Lensmann&email="
                + encode(email) + "&role=LICENSING_OFFICER&_csrf=" + encode(csrf(page.body()))));
        assertThat(invited.statusCode()).isEqualTo(302);
        HttpResponse<String> shown = pages.send(pages.get("/people", session));
        Matcher link = LINK.matcher(shown.body());
        assertThat(link.find()).as("the acceptance link on the page after the form").isTrue();
        assertThat(link.group(1)).startsWith("http://localhost:" + port + "/invitations/");
        assertThat(shown.body()).contains("Lise Lensmann", email);
        assertThat(pages.send(pages.get("/people", session)).body()).as("shown once").doesNotContain("issued-link");

        String token = link.group(1).substring(link.group(1).lastIndexOf('/') + 1);
        ResponseEntity<JsonNode> accepted = http.postForEntity("/api/v1/invitations/" + token + "/acceptance",
                Map.of("password", "Lises eget lange passord"), JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(accepted.getBody().get("role").asText()).isEqualTo("LICENSING_OFFICER");
        assertThat(pending()).isEmpty();
    }

    @Test
    void refusedFormsShowTheirMessagesAndStoreNothing() throws Exception {
        String session = coordinator();
        String token = encode(csrf(pages.send(pages.get("/people", session)).body()));

        HttpResponse<String> empty = pages.send(pages.form("/people/invitations", session,
                "name=&email=ikke-en-adresse&role=FORUM_MEMBER&_csrf=" + token));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("class=\"error-summary\"", "Fyll ut dette feltet.",
                "Skriv en e-postadresse som navn@eksempel.no.", "id=\"name-error\"", "id=\"email-error\"");

        HttpResponse<String> auditorRole = pages.send(pages.form("/people/invitations", session,
                "name=Ola&email=ola-" + UUID.randomUUID() + "@example.no&role=AUDITOR&_csrf=" + token));
        assertThat(auditorRole.body()).contains("id=\"role-error\"", "revisorer får tilgang under Revisorer");

        HttpResponse<String> taken = pages.send(pages.form("/people/invitations", session, "name=Kari&email="
                + encode(municipality.usernames().get(Role.COORDINATOR)) + "&role=FORUM_MEMBER&_csrf=" + token));
        assertThat(taken.body()).contains("Det finnes allerede en konto med denne e-postadressen.");
        assertThat(pending()).isEmpty();

        HttpResponse<String> pastGrant = pages.send(pages.form("/people/auditor-grants", session,
                "name=Rita+Revisor&email=rita-" + UUID.randomUUID() + "@example.no&expiresAt="
                        + LocalDate.now().minusDays(2) + "&_csrf=" + token));
        assertThat(pastGrant.statusCode()).isEqualTo(200);
        assertThat(pastGrant.body()).contains("id=\"expiresAt-error\"", "Velg en dag fra i dag og høyst ett år fram.");
        HttpResponse<String> noDate = pages.send(pages.form("/people/auditor-grants", session,
                "name=Rita+Revisor&email=rita@example.no&expiresAt=&_csrf=" + token));
        assertThat(noDate.body()).contains("id=\"expiresAt-error\"");
        assertThat(grants()).isEmpty();
    }

    @Test
    void anotherMunicipalitysInvitationsAndGrantsAreNotFoundAndStay() throws Exception {
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        UUID invitation = Api.created(Api.post(other.as(http, Role.COORDINATOR), "/api/v1/invitations", Map.of(
                "email", "nabo-" + UUID.randomUUID() + "@example.no", "name", "Nora Nabo", "role", "FORUM_MEMBER")));
        UUID grant = Api.created(Api.post(other.as(http, Role.COORDINATOR), "/api/v1/auditor-grants", Map.of(
                "email", "revisor-" + UUID.randomUUID() + "@example.no", "name", "Rolf Revisor",
                "expiresAt", LocalDate.now().plusMonths(2) + "T00:00:00Z")));
        String session = coordinator();
        String token = encode(csrf(pages.send(pages.get("/people", session)).body()));

        for (String path : new String[]{"/people/invitations/" + invitation + "/revocation",
                "/people/auditor-grants/" + grant + "/end"}) {
            HttpResponse<String> refused = pages.send(pages.form(path, session, "_csrf=" + token));
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).contains("<h1>Siden finnes ikke</h1>");
        }
        assertThat(pages.send(pages.get("/people", session)).body()).doesNotContain("Nora Nabo");
        assertThat(other.as(http, Role.COORDINATOR).getForObject("/api/v1/invitations", JsonNode.class)
                .findValuesAsText("name")).containsExactly("Nora Nabo");
        assertThat(other.as(http, Role.COORDINATOR).getForObject("/api/v1/auditor-grants", JsonNode.class)
                .findValuesAsText("name")).containsExactly("Rolf Revisor");
    }

    private String coordinator() throws Exception {
        return pages.signIn(municipality.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
    }

    private JsonNode pending() {
        return municipality.as(http, Role.COORDINATOR).getForObject("/api/v1/invitations", JsonNode.class);
    }

    private JsonNode grants() {
        return municipality.as(http, Role.COORDINATOR).getForObject("/api/v1/auditor-grants", JsonNode.class);
    }
}
