package forum.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import forum.core.venue.VenueIssueRegistered;

/**
 * A venue's case in the browser: a Norwegian police officer registers an issue from a phone, the coordinator issues
 * a recommendation, the licensing officer records the decision; a Swedish restaurateur member reads the case as
 * codes only. Every page is screenshot and scanned with axe by {@link Browser}.
 */
@ForumIntegrationTest
class VenueJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form[method=post] button[type=submit]");
    private static final String PASSWORD = "the invitee's own password";

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    @Test
    void aNorwegianPoliceOfficerReportsFromAPhoneTheForumRecommendsAndTheLicensingOfficerDecides() throws Exception {
        SignUps.Tenant tromso = SignUps.signUp(http, "NO", "Tromsø", "Kari Koordinator");
        String police = invited(tromso, "FORUM_MEMBER", "Per Politi");
        String licensing = invited(tromso, "LICENSING_OFFICER", "Lise Bevilling");
        UUID venueId = Api.created(Api.post(tromso.as(http), "/api/v1/venues", venue("Fjellstua Pub", "TR-2026-14")));
        SignUps.Tenant bodo = SignUps.signUp(http, "NO", "Bodø", "Ola Koordinator");
        UUID elsewhere = Api.created(Api.post(bodo.as(http), "/api/v1/venues", venue("Bryggeriet", "BO-1")));
        ZoneId oslo = ZoneId.of("Europe/Oslo");

        try (Browser phone = Chromium.start(baseUrl(), "nb", "norwegian-police-officer-on-a-phone")) {
            phone.narrow();
            signIn(phone.open("/venues", "sign-in"), police, "venue-register");
            assertThat(phone.text(HEADING)).isEqualTo("Skjenkestedsregister");
            phone.type(By.id("q"), "fjellstua").enter(By.id("q"), "venue-register-searched");
            assertThat(phone.texts(By.cssSelector("tbody th"))).containsExactly("Fjellstua Pub");
            phone.click(By.linkText("Fjellstua Pub"), "case-file");
            phone.click(By.linkText("Registrer en hendelse"), "issue-form");
            assertThat(phone.text(HEADING)).isEqualTo("Registrer en hendelse på Fjellstua Pub");
            assertThat(phone.attribute(By.id("observedAt"), "type")).isEqualTo("datetime-local");
            assertThat(phone.scrollsSideways()).isFalse();

            choose(phone, "severity", "HIGH");
            choose(phone, "source", "POLICE");
            phone.type(By.id("description"), "Slagsmål i køen utenfor, to personer bortvist");
            phone.click(SUBMIT, "issue-form-without-category");
            assertThat(phone.text(By.className("error-summary"))).contains("Det er et problem", "Fyll ut dette feltet.");
            assertThat(phone.text(By.id("category-error"))).contains("Fyll ut dette feltet.");
            assertThat(phone.attribute(By.id("category"), "aria-invalid")).isEqualTo("true");
            assertThat(phone.scrollsSideways()).isFalse();

            new Select(phone.driver().findElement(By.id("category"))).selectByVisibleText("vold");
            observedAt(phone, LocalDateTime.now(oslo).plusDays(1));
            phone.click(SUBMIT, "issue-form-observed-in-the-future");
            assertThat(phone.text(By.id("observedAt-error")))
                    .contains("Tidspunktet for observasjonen kan ikke ligge i fremtiden.");
            assertThat(StoredEvents.count(relay, venueId, VenueIssueRegistered.class)).as("nothing stored").isZero();

            observedAt(phone, LocalDateTime.now(oslo).minusMinutes(40));
            phone.click(SUBMIT, "case-file-with-the-issue");
            assertThat(phone.path()).startsWith("/venues/" + venueId);
            assertThat(phone.text(By.className("notice"))).isEqualTo("Hendelsen er registrert.");
            assertThat(phone.text(By.cssSelector("table.issues tbody"))).contains("vold", "høy", "politiet", "åpen");
            assertThat(StoredEvents.count(relay, venueId, VenueIssueRegistered.class)).isEqualTo(1);

            phone.open("/venues/" + venueId + "/recommendations/new", "recommendation-form-refused");
            assertThat(phone.text(HEADING)).isEqualTo("Du har ikke tilgang til denne siden");
            phone.open("/venues/" + elsewhere, "another-municipalitys-venue");
            assertThat(phone.text(HEADING)).isEqualTo("Siden finnes ikke");
            assertThat(phone.text(MAIN)).doesNotContain("Bryggeriet");
        }

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-coordinator-recommends")) {
            signIn(browser.open("/venues/" + venueId, "sign-in"), tromso.coordinator(), SignUps.PASSWORD, "case-file");
            assertThat(browser.text(MAIN)).contains("Slagsmål i køen utenfor, to personer bortvist");
            // The case workers' other forms, opened to be seen and scanned: the issue stays open, nothing is sent.
            browser.click(By.cssSelector("a[href$='/resolution']"), "resolution-form");
            assertThat(browser.text(HEADING)).isEqualTo("Løs en hendelse på Fjellstua Pub");
            browser.open("/venues/new", "venue-form");
            assertThat(browser.text(HEADING)).isEqualTo("Registrer et skjenkested");
            browser.open("/venues/" + venueId, "case-file-again");
            browser.click(By.linkText("Gi en anbefaling"), "recommendation-form");
            choose(browser, "kind", "WARNING");
            browser.type(By.id("rationale"), "Gjentatt vold i køen; vakthold må styrkes.");
            browser.driver().findElement(By.cssSelector("input[name=issueIds]")).click();
            browser.click(SUBMIT, "case-file-with-the-recommendation");
            assertThat(browser.text(MAIN)).contains("Anbefaling: advarsel", "Venter på bevillingsmyndighetens vedtak",
                    "Gjentatt vold i køen; vakthold må styrkes.", "Den bygger på disse hendelsene:");
            browser.click(By.linkText("Trekk tilbake anbefalingen"), "revocation-form");
            assertThat(browser.text(HEADING)).isEqualTo("Trekk tilbake anbefalingen om Fjellstua Pub");
        }

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-licensing-officer-decides")) {
            signIn(browser.open("/", "sign-in"), licensing, "start");
            browser.click(By.linkText("Venter på vedtak"), "awaiting-decision");
            assertThat(browser.text(By.tagName("tbody"))).contains("Fjellstua Pub", "advarsel");
            browser.click(By.linkText("Registrer vedtaket"), "decision-form");
            assertThat(new Select(browser.driver().findElement(By.id("recommendationId"))).getFirstSelectedOption()
                    .getText()).startsWith("Anbefaling: advarsel");
            choose(browser, "outcome", "WARNING");
            browser.type(By.id("authorityReference"), "Sak 2026/311");
            browser.click(SUBMIT, "case-file-with-the-decision");
            assertThat(browser.text(MAIN)).contains("Bevillingsvedtak", "Saksnummer: Sak 2026/311",
                    "Vedtatt på samarbeidsforumets anbefaling.", "Bevillingsvedtak registrert");
            assertThat(browser.text(MAIN)).doesNotContain("Venter på bevillingsmyndighetens vedtak");
            browser.click(By.linkText("Venter på vedtak"), "nothing-awaiting-decision");
            assertThat(browser.text(MAIN)).contains("Ingen anbefalinger venter på vedtak.");
            browser.click(By.linkText("Skjenkesteder"), "venue-register-after-the-decision");
            assertThat(browser.text(By.tagName("tbody"))).contains("Fjellstua Pub", "advarsel");
        }
    }

    @Test
    void aSwedishRestaurateurMemberReadsTheCaseAsCodesOnly() throws Exception {
        SignUps.Tenant karlstad = SignUps.signUp(http, "SE", "Karlstad", "Sam Samordnare");
        String restaurateur = invited(karlstad, "FORUM_MEMBER", "Rita Krögare");
        UUID venueId = Api.created(Api.post(karlstad.as(http), "/api/v1/venues", venue("Bar Nord", "KS-2026-3")));
        UUID issueId = Api.created(Api.post(karlstad.as(http), "/api/v1/venues/" + venueId + "/issues", Map.of(
                "category", "SERVING_MINORS", "observedAt", Instant.now().minus(2, ChronoUnit.DAYS).toString(),
                "source", "POLICE", "description", "Servering till minderårig, bartendern Olle", "severity", "HIGH")));
        Api.created(Api.post(karlstad.as(http), "/api/v1/venues/" + venueId + "/recommendations", Map.of(
                "kind", "WARNING", "rationale", "Upprepade brister hos Olle", "issueIds", List.of(issueId))));
        // Read back by the writer, which waits until the read models have the case: the member reads them next.
        ResponseEntity<JsonNode> timeline = karlstad.as(http).getForEntity("/api/v1/venues/" + venueId + "/timeline",
                JsonNode.class);
        assertThat(timeline.getBody().get("entries")).hasSize(3);

        try (Browser browser = Chromium.start(baseUrl(), "sv", "swedish-restaurateur-reads-codes")) {
            signIn(browser.open("/venues", "sign-in"), restaurateur, "venue-register");
            assertThat(browser.text(HEADING)).isEqualTo("Krogregister");
            browser.click(By.linkText("Bar Nord"), "case-file");
            String page = browser.text(MAIN);
            assertThat(page).contains("Händelser (1 öppna)", "servering till minderåriga", "hög", "polisen",
                    "Rekommendation: varning", "Du ser ärendet som koder och datum",
                    "Händelse registrerad", "Rekommendation utfärdad");
            assertThat(page).doesNotContain("Olle", "bartendern", "Upprepade brister", "Registrera ett tillståndsbeslut",
                    "Lämna en rekommendation");
            assertThat(browser.driver().getPageSource()).doesNotContain("Olle");
        }
    }

    @Test
    void theRegisterNarrowsAsTheCoordinatorTypesWithoutLoadingTheWholePage() throws Exception {
        SignUps.Tenant alta = SignUps.signUp(http, "NO", "Alta", "Ada Koordinator");
        for (String[] venue : new String[][]{{"Havnebaren", "AL-1"}, {"Havfruen", "AL-2"}, {"Nordlyset", "AL-3"}}) {
            Api.created(Api.post(alta.as(http), "/api/v1/venues", venue(venue[0], venue[1])));
        }
        By names = By.cssSelector("#venue-results tbody th");
        By count = By.id("venue-count");

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-register-searched-in-place")) {
            signIn(browser.open("/venues", "sign-in"), alta.coordinator(), SignUps.PASSWORD, "venue-register");
            assertThat(browser.texts(names)).containsExactly("Havfruen", "Havnebaren", "Nordlyset");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript("window.sameDocument = 'kept';");

            browser.type(By.id("q"), "havn").changedInPlace(driver -> browser.path().contains("q=havn")
                    && browser.texts(names).size() == 1, "venue-register-searched-in-place");
            assertThat(browser.texts(names)).containsExactly("Havnebaren");
            assertThat(browser.text(count)).isEqualTo("Ett skjenkested");
            assertThat(browser.attribute(count, "aria-live")).isEqualTo("polite");
            assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).as("focus stays").isEqualTo("q");

            browser.type(By.id("q"), "");
            new Select(browser.driver().findElement(By.id("status"))).selectByValue("with-open-issues");
            browser.changedInPlace(driver -> browser.path().contains("status=with-open-issues")
                    && browser.texts(names).isEmpty(), "venue-register-filtered-in-place");
            assertThat(browser.text(count)).isEqualTo("Ingen skjenkesteder passer");
            assertThat(page.executeScript("return window.sameDocument;")).as("no page load").isEqualTo("kept");

            // The address keeps the filter: opened anew, it shows the same results as a whole page.
            browser.open(browser.path(), "venue-register-from-its-address");
            assertThat(browser.text(count)).isEqualTo("Ingen skjenkesteder passer");
            assertThat(browser.attribute(By.cssSelector("#status option[selected]"), "value"))
                    .isEqualTo("with-open-issues");
        }
    }

    private static void choose(Browser browser, String field, String value) {
        browser.driver().findElement(By.cssSelector("input[name=" + field + "][value=" + value + "]")).click();
    }

    /** The native date and time input, set as the phone's picker sets it. */
    private static void observedAt(Browser browser, LocalDateTime when) {
        WebElement input = browser.driver().findElement(By.id("observedAt"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
                when.truncatedTo(ChronoUnit.MINUTES).toString());
    }

    private static void signIn(Browser browser, String username, String arrivesAt) {
        signIn(browser, username, PASSWORD, arrivesAt);
    }

    private static void signIn(Browser browser, String username, String password, String arrivesAt) {
        browser.type(By.id("username"), username).type(By.id("password"), password)
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

    private static Map<String, Object> venue(String name, String licenceNumber) {
        return Map.of("name", name, "address", "Storgata 9", "licenceNumber", licenceNumber,
                "licenceHolder", name + " AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-02");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
