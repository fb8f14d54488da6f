package forum.api.audit.asof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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
 * A Swedish auditor asks what the samverkansgrupp knew when: from the case's timeline to the case as it stood at its
 * first entry and at its decision, a moment picked in the form before the case existed, the meeting the first
 * recommendation came from and its forum as they stood then; the member erased since reads as erased. Every page is
 * screenshot and scanned by axe.
 */
@ForumIntegrationTest
class SwedishAuditorAsOfJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By AS_OF_LINKS = By.cssSelector("table.case-timeline a.as-of");
    private static final By SHOW = By.cssSelector("main form.as-of button[type=submit]");
    private static final String PASSWORD = "revisorns eget lösenord";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    @Test
    void aSwedishAuditorReadsTheCaseTheMeetingAndTheForumAsTheyStood() throws Exception {
        SignUps.Tenant lund = SignUps.signUp(http, "SE", "Lund", "Sara Samordnare");
        CaseFiles.CaseFile file = CaseFiles.seed(commands, lund.tenantId(), null, "pia@polisen.example");
        await().atMost(Duration.ofSeconds(30)).until(() -> lund.as(http).getForEntity("/api/v1/venues/"
                + file.venueId() + "/timeline", JsonNode.class).getBody().path("entries").size() == 7);
        String auditor = grantedAuditor(lund);

        try (Browser browser = Chromium.start(baseUrl(), "sv", "swedish-auditor-as-of")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), auditor).type(By.id("password"), PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "audit-cases");
            browser.click(By.cssSelector("main a[href$='/timeline']"), "case-timeline");
            assertThat(browser.text(HEADING)).isEqualTo("Tidslinje för ärendet om Bar Nord");

            browser.click(By.cssSelector("table.case-timeline tbody tr:first-child a.as-of"), "case-as-registered");
            assertThat(browser.text(HEADING)).isEqualTo("Ärendet om Bar Nord som det var");
            assertThat(browser.text(MAIN)).contains("Som det var den", "Ingen händelse var registrerad till dess.",
                    "Samverkansgruppen hade inte gett någon rekommendation till dess.",
                    "Inget tillståndsbeslut var registrerat till dess.");

            browser.click(By.linkText("Tillbaka till ärendets tidslinje"), "case-timeline-again");
            List<WebElement> links = browser.driver().findElements(AS_OF_LINKS);
            assertThat(links).hasSize(7);
            browser.click(By.cssSelector("table.case-timeline tbody tr:last-child a.as-of"), "case-as-decided");
            String decided = browser.text(MAIN);
            assertThat(decided).contains("Servering till minderårig", "Överservering", "Upprepade brister",
                    "Nya uppgifter", "Varning räcker", "SN-2026-17")
                    .doesNotContain("Ingen händelse var registrerad till dess.");

            LocalDate yesterday = LocalDate.now(STOCKHOLM).minusDays(1);
            set(browser, "date", yesterday.toString());
            set(browser, "time", "12:00");
            browser.click(SHOW, "case-before-it-existed");
            assertThat(browser.path()).contains("date=" + yesterday, "time=12");
            assertThat(browser.text(MAIN)).contains("Det fanns inte ännu vid den tidpunkten: välj en senare.")
                    .doesNotContain("Servering till minderårig");
            assertThat(browser.text(HEADING)).isEqualTo("Ett krogärende som det var");

            set(browser, "date", LocalDate.now(STOCKHOLM).plusDays(1).toString());
            set(browser, "time", "");
            browser.click(SHOW, "case-tomorrow");
            assertThat(browser.text(HEADING)).isEqualTo("Ärendet om Bar Nord som det var");

            browser.click(By.linkText("Mötet som det var då"), "meeting-then");
            assertThat(browser.text(HEADING)).isEqualTo("Mötet i Trygt natteliv som det var");
            assertThat(browser.text(MAIN)).contains("Rådhuset", "Status", "Julefrokoster", "Kontrol af ID",
                    "Pia Politi", "Ingen närvaro var registrerad till dess.");

            browser.click(By.linkText("Samverkansgruppen som den var då"), "forum-then");
            assertThat(browser.text(HEADING)).isEqualTo("Trygt natteliv som det var");
            assertThat(browser.text(MAIN)).contains("Pia Politi", "Politiet",
                    "Samverkansgruppen hade ingen samordnare då.");

            ResponseEntity<JsonNode> erased = Api.post(lund.as(http), "/api/v1/erasures", Map.of("subjects",
                    List.of("member:" + file.memberId()), "reason", "PERSONS_REQUEST"));
            assertThat(erased.getStatusCode().value()).as("%s", erased.getBody()).isEqualTo(201);
            browser.open(browser.path(), "forum-then-after-erasure");
            assertThat(browser.text(By.cssSelector("table.as-of-members tbody th"))).contains("raderad")
                    .doesNotContain("Pia Politi");
        }
    }

    /** A native date or time input set as its picker sets it. */
    private static void set(Browser browser, String field, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id(field)), value);
    }

    /** The coordinator grants an auditor access; the auditor accepts with a password of their own. */
    private String grantedAuditor(SignUps.Tenant tenant) {
        String email = "revisor-" + UUID.randomUUID() + "@example.se";
        ResponseEntity<JsonNode> grant = Api.post(tenant.as(http), "/api/v1/auditor-grants", Map.of("email", email,
                "name", "Rut Revisor", "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString()));
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
