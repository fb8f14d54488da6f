package forum.api.retention;

import static forum.api.support.PageClient.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.PageClient;
import forum.api.support.ForumIntegrationTest;

/**
 * The retention periods over HTTP: only the coordinator reads and changes them; a period out of its bounds is
 * refused with its message beside the field (page) or a 400 naming the field (API), and changes nothing; a period
 * within them is saved and shown, in the municipality's language.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    PageClient pages;
    TestMunicipality home;
    String coordinator;

    @BeforeAll
    void signIn() throws Exception {
        pages = new PageClient(port);
        home = TestMunicipality.signUp(http, accounts);
        coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
    }

    @Test
    void onlyTheCoordinatorOpensThePage() throws Exception {
        for (Role role : EnumSet.of(Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR)) {
            String session = pages.signIn(home.usernames().get(role), TestMunicipality.PASSWORD);
            assertThat(pages.send(pages.get(RetentionPages.PATH, session)).statusCode()).as("%s", role).isEqualTo(403);
            assertThat(home.as(http, role).getForEntity("/api/v1/retention", String.class).getStatusCode().value())
                    .as("%s on the API", role).isEqualTo(403);
        }
        HttpResponse<String> page = pages.send(pages.get(RetentionPages.PATH + "?lang=nb", coordinator));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hvor lenge personopplysninger lagres", "Standard 730 dager",
                "Lagringsjobben har ikke kjørt ennå.");
    }

    @Test
    void aPeriodOutOfItsBoundsIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
        int issueText = days(RetentionKind.RESOLVED_ISSUE_TEXT);
        int passwordLinks = days(RetentionKind.PASSWORD_RESET);
        HttpResponse<String> form = pages.send(pages.get(RetentionPages.PATH + "?lang=sv", coordinator));
        HttpResponse<String> refused = pages.send(pages.form(RetentionPages.PATH + "?lang=sv", coordinator,
                "resolvedIssueText=365&removedForumMember=730&unacceptedInvitation=30&passwordReset=5000"
                        + "&_csrf=" + PageClient.encode(csrf(form.body()))));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"passwordReset-error\"",
                "Ange ett antal dagar inom gränserna för den här perioden.", "aria-invalid=\"true\"");
        assertThat(days(RetentionKind.RESOLVED_ISSUE_TEXT)).isEqualTo(issueText);
        assertThat(days(RetentionKind.PASSWORD_RESET)).isEqualTo(passwordLinks);

        ResponseEntity<JsonNode> api = home.as(http, Role.COORDINATOR).exchange("/api/v1/retention/periods",
                HttpMethod.PUT, new HttpEntity<>(Map.of("kind", "RESOLVED_ISSUE_TEXT", "days", 2)), JsonNode.class);
        assertThat(api.getStatusCode().value()).isEqualTo(400);
        assertThat(api.getBody().get("code").asText()).isEqualTo("retention.period-out-of-bounds");
        assertThat(api.getBody().get("fields").get(0).get("field").asText()).isEqualTo("days");
        assertThat(days(RetentionKind.RESOLVED_ISSUE_TEXT)).isEqualTo(issueText);
    }

    @Test
    void periodsWithinTheirBoundsAreSavedAndShown() throws Exception {
        HttpResponse<String> form = pages.send(pages.get(RetentionPages.PATH + "?lang=da", coordinator));
        HttpResponse<String> saved = pages.send(pages.form(RetentionPages.PATH, coordinator,
                "resolvedIssueText=400&removedForumMember=730&unacceptedInvitation=30&passwordReset=14"
                        + "&_csrf=" + PageClient.encode(csrf(form.body()))));
        assertThat(saved.statusCode()).isEqualTo(302);
        HttpResponse<String> shown = pages.send(pages.get(RetentionPages.PATH + "?lang=da", coordinator));
        assertThat(shown.body()).contains("Perioderne er gemt.", "value=\"400\"", "value=\"14\"");
        assertThat(days(RetentionKind.RESOLVED_ISSUE_TEXT)).isEqualTo(400);
        assertThat(days(RetentionKind.PASSWORD_RESET)).isEqualTo(14);

        ResponseEntity<JsonNode> api = home.as(http, Role.COORDINATOR).exchange("/api/v1/retention/periods",
                HttpMethod.PUT, new HttpEntity<>(Map.of("kind", "RESOLVED_ISSUE_TEXT", "days", 500)), JsonNode.class);
        assertThat(api.getStatusCode().value()).isEqualTo(200);
        assertThat(days(RetentionKind.RESOLVED_ISSUE_TEXT)).isEqualTo(500);
    }

    private int days(RetentionKind kind) {
        JsonNode periods = home.as(http, Role.COORDINATOR).getForObject("/api/v1/retention", JsonNode.class)
                .get("periods");
        for (JsonNode period : periods) {
            if (period.get("kind").asText().equals(kind.name())) {
                return period.get("days").asInt();
            }
        }
        throw new AssertionError("no period of " + kind);
    }
}
