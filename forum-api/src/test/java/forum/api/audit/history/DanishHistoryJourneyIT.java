package forum.api.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.support.Browser;
import forum.api.support.CaseFiles;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * A Danish auditor reads the municipality's history: every event with who did it and the role they had then, filters
 * it by event, types a period the page cannot read and is told so beside the field; the tovholder then sees on the
 * log of auditors' reads what the auditor read. Every page is screenshot and scanned by axe.
 */
@ForumIntegrationTest
class DanishHistoryJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By ROWS = By.cssSelector("table.municipality-history tbody tr");
    private static final By SHOW = By.cssSelector("main form[role=search] button[type=submit]");
    private static final String PASSWORD = "revisorens eget kodeord";

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    @Test
    void aDanishAuditorReadsTheHistoryAndTheCoordinatorSeesTheReads() throws Exception {
        SignUps.Tenant vejle = SignUps.signUp(http, "DK", "Vejle", "Karen Koordinator");
        CaseFiles.CaseFile file = CaseFiles.seed(commands, vejle.tenantId(), null);
        Api.created(Api.post(vejle.as(http), "/api/v1/venues/" + file.venueId() + "/issues", Map.of(
                "category", "VIOLENCE", "observedAt", Instant.now().minus(5, ChronoUnit.HOURS).toString(),
                "source", "POLICE", "description", "Slåskamp i køen", "severity", "HIGH")));
        String auditor = grantedAuditor(vejle);

        try (Browser browser = Chromium.start(baseUrl(), "da", "danish-auditor-reads-the-history")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), auditor).type(By.id("password"), PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "audit-cases");
            browser.click(By.cssSelector("nav a[href='/audit/history']"), "history");
            assertThat(browser.text(HEADING)).isEqualTo("Alt, der er registreret i kommunen");
            String whole = browser.text(By.cssSelector("table.municipality-history"));
            assertThat(whole).contains("Karen Koordinator", "tovholder", "Hændelse registreret", "Slåskamp i køen",
                    "Beværtning", "Samarbejdsforum oprettet", "Forum selv");
            assertThat(whole).as("coded values in Danish, as on the case's pages")
                    .contains("vold", "politiet", "høj").doesNotContain("VIOLENCE", "POLICE");

            new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Hændelse registreret");
            browser.click(SHOW, "history-incidents");
            assertThat(browser.path()).contains("kind=VenueIssueRegistered");
            assertThat(browser.texts(ROWS)).hasSize(3).allSatisfy(row ->
                    assertThat(row).contains("Hændelse registreret"));

            browser.type(By.id("from"), "31.12.2026");
            browser.click(SHOW, "history-bad-period");
            assertThat(browser.text(By.id("from-error")))
                    .contains("Angiv en dato som 2026-03-31, eller en dato og et klokkeslæt som 2026-03-31 14:30.");
            assertThat(browser.attribute(By.id("from"), "aria-invalid")).isEqualTo("true");
            assertThat(browser.text(MAIN)).contains("Ret filtrene for at se historikken.");
            assertThat(browser.driver().findElements(ROWS)).isEmpty();
        }

        try (Browser browser = Chromium.start(baseUrl(), "da", "danish-coordinator-reads-the-auditors-reads")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), vejle.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "start");
            browser.click(By.cssSelector("nav a[href='/people/auditor-reads']"), "auditor-reads");
            assertThat(browser.text(HEADING)).isEqualTo("Hvad revisorerne har læst");
            assertThat(browser.text(By.id("reads-count"))).isEqualTo("4 opslag registreret");
            assertThat(browser.text(By.cssSelector("table.audit-reads"))).contains("Alex Auditor", "/audit/history",
                    "kind: VenueIssueRegistered", "from: 31.12.2026");
        }
    }

    /** The coordinator grants an auditor access; the auditor accepts with a password of their own. */
    private String grantedAuditor(SignUps.Tenant tenant) {
        String email = "revisor-" + java.util.UUID.randomUUID() + "@example.dk";
        ResponseEntity<JsonNode> grant = Api.post(tenant.as(http), "/api/v1/auditor-grants", Map.of("email", email,
                "name", "Alex Auditor", "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        Api.created(grant);
        ResponseEntity<JsonNode> accepted = Api.post(http, "/api/v1/invitations/" + grant.getBody().get("token")
                .asText() + "/acceptance", Map.of("password", PASSWORD));
        assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(201);
        return email;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
