package forum.api.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.StoredEvents;
import forum.api.eventstore.EventRelay;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.venue.LicensingDecisionRecorded;

/**
 * A Norwegian licensing officer sees the venue's penalty points before deciding, names the breach in the decision
 * and sees the points it brings; a police member may not read them; another municipality's venue is not found.
 * Every page is screenshot and scanned with axe by {@link Browser}.
 */
@ForumIntegrationTest
class SanctionJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form[method=post] button[type=submit]");
    private static final String PASSWORD = "the invitee's own password";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    @Test
    void aNorwegianLicensingOfficerSeesThePointsBeforeDecidingAndNamesTheBreach() throws Exception {
        SignUps.Tenant bodo = SignUps.signUp(http, "NO", "Bodø", "Kari Koordinator");
        String licensing = invited(bodo, "LICENSING_OFFICER", "Lise Bevilling");
        String police = invited(bodo, "FORUM_MEMBER", "Per Politi");
        UUID venueId = Api.created(Api.post(bodo.as(http), "/api/v1/venues", venue("Kaia Pub")));
        Map<String, Object> earlier = new HashMap<>(Map.of("outcome", "WARNING", "from", TODAY.minusDays(20).toString(),
                "authorityReference", "Sak 2026/17", "breachType", "minors",
                "breachCommittedOn", TODAY.minusDays(30).toString()));
        Api.created(Api.post(bodo.as(http), "/api/v1/venues/" + venueId + "/licensing-decisions", earlier));
        SignUps.Tenant narvik = SignUps.signUp(http, "NO", "Narvik", "Ola Koordinator");
        UUID elsewhere = Api.created(Api.post(narvik.as(http), "/api/v1/venues", venue("Bryggeriet")));

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-licensing-officer-weighs-points")) {
            signIn(browser.open("/venues/" + venueId, "sign-in"), licensing, "case-file");
            browser.click(By.linkText("Sanksjonsregler"), "sanction-rules");
            assertThat(browser.text(HEADING)).isEqualTo("Sanksjonsregler: Kaia Pub");
            assertThat(browser.text(MAIN)).contains("Skjenkestedet har 8 prikker",
                    "Salg, utlevering eller skjenking til person under 18 år", "FOR-2005-06-08-538");
            assertThat(row(browser, "Salg eller skjenking til åpenbart påvirket person")).contains("4", "12", "7");

            browser.open("/venues/" + venueId, "case-file-again");
            browser.click(By.linkText("Registrer et bevillingsvedtak"), "decision-form");
            assertThat(browser.text(MAIN)).contains("Skjenkestedet har 8 prikker");
            choose(browser, "outcome", "WARNING");
            browser.type(By.id("authorityReference"), "Sak 2026/40");
            new Select(browser.driver().findElement(By.id("breachType")))
                    .selectByVisibleText("Salg eller skjenking til åpenbart påvirket person");
            browser.click(SUBMIT, "decision-form-without-the-day-of-the-breach");
            assertThat(browser.text(By.id("breachCommittedOn-error"))).contains("Fyll ut dette feltet.");
            assertThat(browser.attribute(By.id("breachCommittedOn"), "aria-invalid")).isEqualTo("true");
            assertThat(StoredEvents.count(relay, venueId, LicensingDecisionRecorded.class)).isEqualTo(1);

            date(browser, "breachCommittedOn", TODAY.minusDays(2));
            browser.click(SUBMIT, "case-file-with-the-decision");
            assertThat(browser.path()).isEqualTo("/venues/" + venueId);
            assertThat(StoredEvents.count(relay, venueId, LicensingDecisionRecorded.class)).isEqualTo(2);
            browser.click(By.linkText("Sanksjonsregler"), "sanction-rules-after-the-decision");
            assertThat(browser.text(MAIN)).contains("Skjenkestedet har 12 prikker",
                    "Det betyr inndragning av bevillingen i 7 dager.");
        }

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-police-may-not-read-sanctions")) {
            signIn(browser.open("/venues/" + venueId + "/sanction-rules", "sign-in"), police, "sanction-rules-refused");
            assertThat(browser.text(HEADING)).isEqualTo("Du har ikke tilgang til denne siden");
        }

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-other-municipalitys-sanctions")) {
            signIn(browser.open("/venues/" + elsewhere + "/sanction-rules", "sign-in"), licensing,
                    "another-municipalitys-venue");
            assertThat(browser.text(HEADING)).isEqualTo("Siden finnes ikke");
            assertThat(browser.text(MAIN)).doesNotContain("Bryggeriet");
        }
    }

    private static String row(Browser browser, String header) {
        return browser.texts(By.cssSelector("main tbody tr")).stream().filter(text -> text.startsWith(header))
                .findFirst().orElseThrow();
    }

    private static void choose(Browser browser, String field, String value) {
        browser.driver().findElement(By.cssSelector("input[name=" + field + "][value=" + value + "]")).click();
    }

    /** The native date input, set as the picker sets it. */
    private static void date(Browser browser, String id, LocalDate day) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
                day.toString());
    }

    private static void signIn(Browser browser, String username, String arrivesAt) {
        browser.type(By.id("username"), username).type(By.id("password"), PASSWORD)
                .click(By.cssSelector("main form button[type=submit]"), arrivesAt);
    }

    /** Invited by the coordinator through the API and accepted with a password of the invitee's own. */
    private String invited(SignUps.Tenant tenant, String role, String name) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        ResponseEntity<JsonNode> invitation = Api.post(tenant.as(http), "/api/v1/invitations",
                Map.of("email", email, "name", name, "role", role));
        Api.created(invitation);
        ResponseEntity<JsonNode> accepted = Api.post(http, "/api/v1/invitations/"
                + invitation.getBody().get("token").asText() + "/acceptance", Map.of("password", PASSWORD));
        assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(201);
        return email;
    }

    private static Map<String, Object> venue(String name) {
        return Map.of("name", name, "address", "Sjøgata 3", "licenceNumber", "NO-" + name.length(),
                "licenceHolder", name + " AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-02");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
