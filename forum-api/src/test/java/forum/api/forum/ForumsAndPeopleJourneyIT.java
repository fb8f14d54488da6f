package forum.api.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * A Danish coordinator in a real browser: establishes a forum (after a refused empty name), adds its members by
 * role, appoints one of them its coordinator and removes another, invites a person and gets the acceptance link,
 * grants an auditor access and ends it; another municipality's forum is not found. A forum member reads the forums
 * and is refused the people page.
 */
@ForumIntegrationTest
class ForumsAndPeopleJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By NOTICE = By.cssSelector("main .notice");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    private static final By SECTION_SUBMIT = By.cssSelector("main section form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aDanishCoordinatorEstablishesAForumWithMembersByRoleAndInvitesPeople() throws Exception {
        SignUps.Tenant herning = SignUps.signUp(http, "DK", "Herning", "Kim Tovholder");
        String member = "medlem-" + UUID.randomUUID() + "@example.dk";
        accounts.create(herning.tenantId(), member, SignUps.PASSWORD, "Mette Medlem", EnumSet.of(Role.FORUM_MEMBER));
        SignUps.Tenant ikast = SignUps.signUp(http, "DK", "Ikast-Brande", "Ib Tovholder");
        UUID ikastForum = Api.created(Api.post(ikast.as(http), "/api/v1/forums", Map.of(
                "name", "Natteliv Ikast", "method", "RESPONSIBLE_SERVING", "meetingsPerYear", 4)));
        String invitee = "lars-" + UUID.randomUUID() + "@herning.example.dk";

        try (Browser browser = Chromium.start(baseUrl(), "da", "danish-coordinator-forums-and-people")) {
            signIn(browser, herning.coordinator());
            browser.click(By.linkText("Samarbejdsfora"), "forums-none");
            assertThat(browser.text(HEADING)).isEqualTo("Samarbejdsfora");
            assertThat(browser.text(MAIN)).contains("Kommunen har endnu intet samarbejdsforum.");

            browser.click(By.linkText("Opret et samarbejdsforum"), "establish-forum");
            new Select(browser.driver().findElement(By.id("method"))).selectByValue("RESPONSIBLE_SERVING");
            browser.type(By.id("name"), " ").click(SUBMIT, "establish-forum-empty-name");
            assertThat(browser.text(By.className("error-summary"))).contains("Der er et problem", "Udfyld dette felt.");
            assertThat(browser.text(By.id("name-error"))).endsWith("Udfyld dette felt.");
            assertThat(browser.attribute(By.id("name"), "aria-invalid")).isEqualTo("true");
            assertThat(browser.attribute(By.id("name"), "aria-describedby")).isEqualTo("name-error");
            assertThat(forums(herning)).as("the refused form stored nothing").isEmpty();

            browser.type(By.id("name"), "Natteliv Herning").click(SUBMIT, "forum-established");
            assertThat(browser.text(HEADING)).isEqualTo("Natteliv Herning");
            assertThat(browser.text(MAIN)).contains("Ansvarlig udskænkning", "Ingen udpeget",
                    "Samarbejdsforummet har endnu ingen medlemmer.");

            addMember(browser, "Rasmus Restauratør", "RESTAURATEUR", "Café Viva", "", "member-restaurateur");
            addMember(browser, "Pia Politi", "POLICE", "Midt- og Vestjyllands Politi", "pia@politi.example.dk",
                    "member-police");
            addMember(browser, "Sune Sørensen", "SSP", "Herning Kommune, SSP", "", "member-ssp");
            assertThat(browser.text(NOTICE)).isEqualTo("Sune Sørensen er nu medlem af samarbejdsforummet.");
            assertThat(browser.texts(By.cssSelector("main table tbody tr td:first-child")))
                    .as("the members by role").containsExactly("Politi", "SSP (skole, socialforvaltning, politi)",
                            "Restauratør");

            browser.type(By.id("personName"), "Uden Organisation").type(By.id("email"), "ikke en adresse")
                    .click(SECTION_SUBMIT, "member-refused");
            assertThat(browser.text(By.className("error-summary"))).contains("Udfyld dette felt.",
                    "Skriv en e-mailadresse som navn@eksempel.dk.");
            assertThat(browser.texts(By.cssSelector("main table tbody tr"))).hasSize(3);

            browser.click(memberButton("Pia Politi", "Udpeg som tovholder"), "coordinator-appointed");
            assertThat(browser.text(NOTICE)).isEqualTo("Pia Politi er nu samarbejdsforummets tovholder.");
            assertThat(browser.text(By.cssSelector("main dl.facts"))).contains("Tovholder\nPia Politi");

            browser.click(By.xpath("//tr[th[contains(., 'Rasmus Restauratør')]]//a[contains(., 'Fjern')]"),
                    "member-removal");
            assertThat(browser.text(HEADING)).isEqualTo("Fjern Rasmus Restauratør fra Natteliv Herning?");
            browser.click(SUBMIT, "member-removed");
            assertThat(browser.text(NOTICE)).isEqualTo("Rasmus Restauratør er ikke længere medlem af samarbejdsforummet.");
            assertThat(browser.texts(By.cssSelector("main table tbody tr td:first-child")))
                    .containsExactly("Politi", "SSP (skole, socialforvaltning, politi)");

            browser.click(By.linkText("Tilbage til samarbejdsfora"), "forums");
            assertThat(browser.text(By.cssSelector("main table tbody"))).contains("Natteliv Herning",
                    "Ansvarlig udskænkning", "2", "Pia Politi");
            assertThat(forums(herning)).as("one forum: the empty name was never stored").hasSize(1);

            browser.open("/forums/" + ikastForum, "other-municipalitys-forum");
            assertThat(browser.text(HEADING)).isEqualTo("Siden findes ikke");
            assertThat(browser.text(MAIN)).doesNotContain("Natteliv Ikast");

            browser.click(By.linkText("Personer"), "people");
            assertThat(browser.text(HEADING)).isEqualTo("Personer og adgang");
            assertThat(browser.text(MAIN)).contains("Ingen invitation venter på at blive taget imod.");
            browser.type(By.id("name"), "Lars Larsen").type(By.id("email"), invitee);
            new Select(browser.driver().findElement(By.id("role"))).selectByValue("LICENSING_OFFICER");
            browser.click(SECTION_SUBMIT, "person-invited");
            assertThat(browser.text(By.cssSelector("main .notice p"))).startsWith("Send selv dette link til Lars Larsen.");
            String link = browser.driver().findElement(By.id("issued-link")).getDomProperty("value");
            assertThat(link).startsWith(baseUrl() + "/invitations/");
            assertThat(browser.text(By.cssSelector("main table tbody"))).contains("Lars Larsen", invitee,
                    "bevillingssagsbehandler");

            browser.type(By.id("name"), "Lars Igen").type(By.id("email"), herning.coordinator())
                    .click(SECTION_SUBMIT, "invitation-refused");
            assertThat(browser.text(By.id("email-error")))
                    .endsWith("Der findes allerede en konto med denne e-mailadresse.");

            browser.click(By.linkText("Revisorer"), "auditor-grants");
            assertThat(browser.text(MAIN)).contains("Ingen revisor har adgang.");
            browser.type(By.id("name"), "Rikke Revisor").type(By.id("email"), "revisor-" + UUID.randomUUID()
                    + "@example.dk");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('expiresAt').value = arguments[0];",
                    LocalDate.now().plusMonths(3).toString());
            browser.click(SECTION_SUBMIT, "auditor-granted");
            assertThat(browser.driver().findElement(By.id("issued-link")).getDomProperty("value"))
                    .startsWith(baseUrl() + "/invitations/");
            assertThat(browser.text(By.cssSelector("main table tbody"))).contains("Rikke Revisor",
                    "Linket er ikke brugt endnu");
            browser.click(By.xpath("//tr[th[.='Rikke Revisor']]//button"), "auditor-grant-ended");
            assertThat(browser.text(NOTICE)).isEqualTo("Revisorens adgang er afsluttet.");
            assertThat(browser.text(MAIN)).contains("Ingen revisor har adgang.");
        }

        // The link's token is the invitation's: the invited person sets a password with it.
        ResponseEntity<JsonNode> pending = herning.as(http).getForEntity("/api/v1/invitations", JsonNode.class);
        assertThat(pending.getBody().findValuesAsText("email")).containsExactly(invitee);

        try (Browser browser = Chromium.start(baseUrl(), "da", "danish-forum-member-forums")) {
            signIn(browser, member);
            browser.click(By.linkText("Samarbejdsfora"), "member-forums");
            assertThat(browser.text(MAIN)).contains("Natteliv Herning").doesNotContain("Opret et samarbejdsforum");
            assertThat(browser.texts(By.linkText("Personer"))).as("no link to the people page").isEmpty();
            browser.click(By.linkText("Natteliv Herning"), "member-forum");
            assertThat(browser.text(MAIN)).contains("Pia Politi", "Sune Sørensen")
                    .doesNotContain("Tilføj et medlem", "Fjern");

            browser.open("/people", "member-refused-people");
            assertThat(browser.text(HEADING)).isEqualTo("Du må ikke bruge denne side");
            assertThat(browser.text(MAIN)).doesNotContain("Lars Larsen");
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.open("/login", "sign-in").type(By.id("username"), username).type(By.id("password"), SignUps.PASSWORD)
                .click(SUBMIT, "start");
    }

    private static void addMember(Browser browser, String name, String role, String organisation, String email,
                                  String pageName) {
        browser.type(By.id("personName"), name).type(By.id("organisation"), organisation).type(By.id("email"), email);
        new Select(browser.driver().findElement(By.id("role"))).selectByValue(role);
        browser.click(SECTION_SUBMIT, pageName);
        assertThat(browser.text(NOTICE)).isEqualTo(name + " er nu medlem af samarbejdsforummet.");
    }

    private static By memberButton(String name, String action) {
        return By.xpath("//tr[th[contains(., '" + name + "')]]//button[contains(., '" + action + "')]");
    }

    private JsonNode forums(SignUps.Tenant tenant) {
        ResponseEntity<JsonNode> answer = tenant.as(http).getForEntity("/api/v1/forums", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody().get("items");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
