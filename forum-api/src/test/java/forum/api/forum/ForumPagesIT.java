package forum.api.forum;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * The forum pages over HTTP: who may read and who may change, another municipality's forum as not found, and a
 * refused form that stores nothing. The municipalities are Norwegian, so the pages speak bokmål.
 */
@ForumIntegrationTest
class ForumPagesIT {

    private static final String MEMBER_FORM = "personName=Pia+Politi&organisation=Politiet&role=POLICE&email=";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    private PageClient pages;
    private TestMunicipality municipality;
    private UUID forumId;

    @BeforeEach
    void forum() {
        pages = new PageClient(port);
        municipality = TestMunicipality.signUp(http, accounts);
        forumId = Api.created(Api.post(municipality.as(http, Role.COORDINATOR), "/api/v1/forums", Map.of(
                "name", "Trygt uteliv Bodø", "method", "ACTION_PLAN_GROUP", "meetingsPerYear", 4)));
    }

    @Test
    void membersAndLicensingOfficersReadTheForumsButOnlyTheCoordinatorChangesThem() throws Exception {
        for (Role reader : new Role[]{Role.FORUM_MEMBER, Role.LICENSING_OFFICER}) {
            String session = signIn(reader);
            HttpResponse<String> list = pages.send(pages.get("/forums", session));
            assertThat(list.statusCode()).as("%s reads the forums", reader).isEqualTo(200);
            assertThat(list.body()).contains("Trygt uteliv Bodø").doesNotContain("/forums/new");
            HttpResponse<String> forum = pages.send(pages.get("/forums/" + forumId, session));
            assertThat(forum.statusCode()).isEqualTo(200);
            assertThat(forum.body()).contains("<h1>Trygt uteliv Bodø</h1>").doesNotContain("id=\"personName\"");

            assertThat(pages.send(pages.get("/forums/new", session)).statusCode()).isEqualTo(403);
            String token = encode(csrf(forum.body()));
            HttpResponse<String> establish = pages.send(pages.form("/forums", session,
                    "name=Eget+forum&method=OTHER&meetingsPerYear=4&_csrf=" + token));
            assertThat(establish.statusCode()).as("%s establishing a forum", reader).isEqualTo(403);
            assertThat(establish.body()).contains("<h1>Du har ikke tilgang til denne siden</h1>");
            assertThat(pages.send(pages.form("/forums/" + forumId + "/members", session,
                    MEMBER_FORM + "&_csrf=" + token)).statusCode()).isEqualTo(403);
        }
        assertThat(forums().findValuesAsText("name")).containsExactly("Trygt uteliv Bodø");
        assertThat(members()).isEmpty();
    }

    @Test
    void anotherMunicipalitysForumIsNotFoundAndIsNotChanged() throws Exception {
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        UUID othersForum = Api.created(Api.post(other.as(http, Role.COORDINATOR), "/api/v1/forums", Map.of(
                "name", "Naboens forum", "method", "OTHER", "meetingsPerYear", 2)));
        UUID othersMember = Api.created(Api.post(other.as(http, Role.COORDINATOR),
                "/api/v1/forums/" + othersForum + "/members", Map.of("personName", "Nils Nabo",
                        "organisation", "Nabokommunen", "role", "POLICE")));
        String session = signIn(Role.COORDINATOR);

        HttpResponse<String> page = pages.send(pages.get("/forums/" + othersForum, session));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Siden finnes ikke</h1>").doesNotContain("Naboens forum");

        assertThat(pages.send(pages.get("/forums/" + othersForum + "/members/" + othersMember + "/removal", session))
                .statusCode()).as("the removal's question").isEqualTo(404);
        String token = encode(csrf(page.body()));
        for (String path : new String[]{"/forums/" + othersForum + "/members",
                "/forums/" + othersForum + "/members/" + othersMember + "/removal",
                "/forums/" + othersForum + "/members/" + othersMember + "/appointment"}) {
            HttpResponse<String> refused = pages.send(pages.form(path, session, MEMBER_FORM + "&_csrf=" + token));
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("Nils Nabo");
        }
        JsonNode othersDetail = other.as(http, Role.COORDINATOR)
                .getForObject("/api/v1/forums/" + othersForum, JsonNode.class);
        assertThat(othersDetail.get("members").findValuesAsText("personName")).containsExactly("Nils Nabo");
        assertThat(othersDetail.get("coordinator").isNull()).isTrue();
    }

    @Test
    void refusedFormsShowTheirMessagesAndStoreNothing() throws Exception {
        String session = signIn(Role.COORDINATOR);
        HttpResponse<String> form = pages.send(pages.get("/forums/new", session));
        assertThat(form.body()).as("a Norwegian municipality's usual programme first")
                .contains("<option value=\"ACTION_PLAN_GROUP\" selected=\"selected\">");
        String token = encode(csrf(form.body()));

        HttpResponse<String> establish = pages.send(pages.form("/forums", session,
                "name=&method=&meetingsPerYear=99&_csrf=" + token));
        assertThat(establish.statusCode()).isEqualTo(200);
        assertThat(establish.body()).contains("class=\"error-summary\"", "Fyll ut dette feltet.",
                "Verdien kan være høyst 52.", "id=\"name-error\"", "id=\"method-error\"", "id=\"meetingsPerYear-error\"",
                "aria-describedby=\"name-error\"", "aria-invalid=\"true\"");

        HttpResponse<String> member = pages.send(pages.form("/forums/" + forumId + "/members", session,
                "personName=Pia+Politi&organisation=&role=&email=ikke-en-adresse&_csrf=" + token));
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).contains("<h1>Trygt uteliv Bodø</h1>", "id=\"organisation-error\"",
                "id=\"role-error\"", "Skriv en e-postadresse som navn@eksempel.no.", "value=\"Pia Politi\"");

        assertThat(forums().findValuesAsText("name")).containsExactly("Trygt uteliv Bodø");
        assertThat(members()).isEmpty();

        HttpResponse<String> added = pages.send(pages.form("/forums/" + forumId + "/members", session,
                MEMBER_FORM + "&_csrf=" + token));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/forums/" + forumId));
        HttpResponse<String> shown = pages.send(pages.get("/forums/" + forumId, session));
        assertThat(shown.body()).as("the page after the form shows the change at once")
                .contains("Pia Politi er nå medlem av samarbeidsforumet.", "<td>Politi</td>");
    }

    private String signIn(Role role) throws Exception {
        return pages.signIn(municipality.usernames().get(role), TestMunicipality.PASSWORD);
    }

    private JsonNode forums() {
        return municipality.as(http, Role.COORDINATOR).getForObject("/api/v1/forums", JsonNode.class).get("items");
    }

    private JsonNode members() {
        return municipality.as(http, Role.COORDINATOR).getForObject("/api/v1/forums/" + forumId, JsonNode.class)
                .get("members");
    }
}
