package forum.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.StoredEvents;
import forum.api.eventstore.EventRelay;
import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.CaseFiles;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.venue.VenueIssueResolved;

/**
 * An English auditor reads a Danish municipality's case: the coordinator and the licensing officer have worked on it,
 * the coordinator granted the auditor access for two months. The auditor lands on the own page with the grant's end,
 * reads the case's timeline by names and roles, filters it by person, kind and period, and finds nothing to change:
 * no form to send, and an action sent all the same is refused. Every page is screenshot and scanned by axe.
 */
@ForumIntegrationTest
class EnglishAuditorJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By ROWS = By.cssSelector("table.case-timeline tbody tr");
    private static final By COUNT = By.id("timeline-count");
    private static final By FILTER = By.cssSelector("main form[role=search] button[type=submit]");
    private static final By POST_FORMS = By.cssSelector("main form[method=post], main form[method=POST]");
    private static final String PASSWORD = "the auditor's own password";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    @Test
    void anEnglishAuditorReadsACasesTimelineByNamesFiltersItAndCannotChangeAnything() throws Exception {
        SignUps.Tenant vejle = SignUps.signUp(http, "DK", "Vejle", "Karen Koordinator");
        CaseFiles.CaseFile file = CaseFiles.seed(commands, vejle.tenantId(), null);
        String venue = "/api/v1/venues/" + file.venueId();
        UUID violence = Api.created(Api.post(vejle.as(http), venue + "/issues", Map.of("category", "VIOLENCE",
                "observedAt", Instant.now().minus(5, ChronoUnit.HOURS).toString(), "source", "POLICE",
                "description", "Slåskamp i køen, dørmand greb ind", "severity", "HIGH")));
        UUID recommendation = Api.created(Api.post(vejle.as(http), venue + "/recommendations", Map.of(
                "kind", "SUSPENSION", "rationale", "Gentagen vold", "issueIds", List.of(violence))));
        String officer = invitedLicensingOfficer(vejle);
        LocalDate today = LocalDate.now(COPENHAGEN);
        Api.created(Api.post(http.withBasicAuth(officer, PASSWORD), venue + "/licensing-decisions", Map.of(
                "recommendationId", recommendation, "outcome", "SUSPENSION", "from", today.toString(),
                "to", today.plusDays(14).toString())));
        // Read back by the last writer, which waits until the read models have the case: the auditor reads them next.
        ResponseEntity<JsonNode> timeline = http.withBasicAuth(officer, PASSWORD).getForEntity(venue + "/timeline",
                JsonNode.class);
        assertThat(timeline.getBody().get("entries")).hasSize(10);
        Instant accessUntil = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
        String auditor = grantedAuditor(vejle, accessUntil);
        UUID coordinatorId = accounts.find(vejle.coordinator()).orElseThrow().userId();
        UUID officerId = accounts.find(officer).orElseThrow().userId();

        try (Browser browser = Chromium.start(baseUrl(), "en", "english-auditor-reads-a-case")) {
            browser.open("/login", "sign-in");
            browser.click(By.cssSelector("nav.languages a[hreflang=en]"), "sign-in-in-english");
            browser.type(By.id("username"), auditor).type(By.id("password"), PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "audit-cases");
            assertThat(browser.path()).isEqualTo("/audit");
            assertThat(browser.text(HEADING)).isEqualTo("Cases you may read");
            assertThat(browser.text(By.id("access-ends"))).startsWith("Your access ends on ").contains(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                            .format(LocalDate.ofInstant(accessUntil, COPENHAGEN)));
            assertThat(browser.text(MAIN)).contains("Bar Nord", "The forums and their members",
                    "The meetings, their minutes and decisions");
            assertThat(browser.driver().findElements(POST_FORMS)).isEmpty();

            browser.click(By.cssSelector("main a[href$='/timeline']"), "case-timeline");
            assertThat(browser.text(HEADING)).isEqualTo("Timeline of the case of Bar Nord");
            assertThat(browser.text(COUNT)).isEqualTo("Showing 10 of 10 entries");
            String whole = browser.text(By.cssSelector("table.case-timeline"));
            assertThat(whole).contains("Karen Koordinator", "coordinator", "Lone Bevilling", "licensing officer",
                    "Forum itself (work of the application)", "Issue registered", "violence", "severity: high",
                    "Description: Slåskamp i køen, dørmand greb ind", "Licensing decision recorded", "suspension");
            assertThat(browser.text(MAIN)).doesNotContain(coordinatorId.toString(), officerId.toString());
            assertThat(browser.driver().findElements(POST_FORMS)).isEmpty();

            new Select(browser.driver().findElement(By.id("person"))).selectByVisibleText(
                    "Lone Bevilling (licensing officer)");
            browser.click(FILTER, "case-timeline-by-the-licensing-officer");
            assertThat(browser.path()).contains("person=" + officerId);
            assertThat(browser.text(COUNT)).isEqualTo("Showing 1 of 10 entries");
            assertThat(browser.texts(ROWS)).singleElement().asString()
                    .contains("Lone Bevilling", "Licensing decision recorded", "suspension")
                    .doesNotContain("Karen Koordinator");

            new Select(browser.driver().findElement(By.id("person"))).selectByIndex(0);
            new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Issue registered");
            browser.click(FILTER, "case-timeline-issues-registered");
            assertThat(browser.text(COUNT)).isEqualTo("Showing 3 of 10 entries");
            assertThat(browser.texts(ROWS)).allSatisfy(row -> assertThat(row).contains("Issue registered"))
                    .anySatisfy(row -> assertThat(row).contains("Karen Koordinator", "violence"));

            new Select(browser.driver().findElement(By.id("kind"))).selectByIndex(0);
            date(browser, "from", today.plusDays(1));
            browser.click(FILTER, "case-timeline-from-tomorrow");
            assertThat(browser.text(COUNT)).isEqualTo("Showing 0 of 10 entries");
            assertThat(browser.text(MAIN)).contains("No entry matches these filters.");
            date(browser, "from", today);
            date(browser, "to", today);
            browser.click(FILTER, "case-timeline-today");
            assertThat(browser.text(COUNT)).isEqualTo("Showing 10 of 10 entries");
            assertThat(browser.path()).contains("from=" + today, "to=" + today);

            browser.click(By.linkText("The venue's case file"), "case-file");
            assertThat(browser.text(MAIN)).contains("Read the timeline with who did what, and filter it")
                    .doesNotContain("Register an issue", "Issue a recommendation", "Record a licensing decision");
            assertThat(browser.driver().findElements(POST_FORMS)).isEmpty();
            for (String[] page : new String[][]{{"/venues", "venue-register"}, {"/forums", "forums"},
                    {"/meetings", "meetings"}, {"/meetings/" + file.meetingId(), "meeting"}}) {
                browser.open(page[0], page[1]);
                assertThat(browser.driver().findElements(POST_FORMS)).as(page[0]).isEmpty();
            }
            // Has anything changed since? The chain of the municipality's events, verified as the page opens.
            browser.open("/audit/chain", "chain-verification");
            assertThat(browser.text(HEADING)).isEqualTo("Has anything changed in the history since it was recorded?");
            assertThat(browser.text(By.id("chain-outcome"))).isEqualTo("Nothing has changed: every event is as it"
                    + " was recorded, none is missing, none was added.");
            assertThat(browser.driver().findElements(POST_FORMS)).isEmpty();

            // Sent all the same, with the session's own token, an action is refused.
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = arguments[0];
                    form.appendChild(document.querySelector('form.sign-out input[name=_csrf]').cloneNode());
                    document.body.appendChild(form);
                    form.submit();
                    """, "/venues/" + file.venueId() + "/issues/" + violence + "/resolution");
            browser.changedInPlace(driver -> browser.text(HEADING).equals("You may not use this page"),
                    "resolution-refused");
            assertThat(browser.text(MAIN)).contains("Your role does not allow you to use this page.");
        }
        assertThat(StoredEvents.count(relay, file.venueId(), VenueIssueResolved.class)).as("nothing stored").isZero();
    }

    /** A native date input set as its picker sets it. */
    private static void date(Browser browser, String field, LocalDate value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id(field)), value.toString());
    }

    private String invitedLicensingOfficer(SignUps.Tenant tenant) {
        String email = "licensing-" + UUID.randomUUID() + "@example.dk";
        ResponseEntity<JsonNode> invitation = Api.post(tenant.as(http), "/api/v1/invitations",
                Map.of("email", email, "name", "Lone Bevilling", "role", "LICENSING_OFFICER"));
        Api.created(invitation);
        accepted(invitation.getBody().get("token").asText());
        return email;
    }

    /** The coordinator grants an auditor access until then; the auditor accepts with a password of their own. */
    private String grantedAuditor(SignUps.Tenant tenant, Instant until) {
        String email = "auditor-" + UUID.randomUUID() + "@example.org";
        ResponseEntity<JsonNode> grant = Api.post(tenant.as(http), "/api/v1/auditor-grants",
                Map.of("email", email, "name", "Alex Auditor", "expiresAt", until.toString()));
        Api.created(grant);
        accepted(grant.getBody().get("token").asText());
        return email;
    }

    private void accepted(String token) {
        ResponseEntity<JsonNode> accepted = Api.post(http, "/api/v1/invitations/" + token + "/acceptance",
                Map.of("password", PASSWORD));
        assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(201);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
