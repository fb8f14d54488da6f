package forum.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.StoredEvents;
import forum.api.eventstore.EventRelay;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.agreement.AgreementSigned;

/**
 * Krogar mot knark in the browser, in Swedish: the coordinator signs an agreement with a venue, records its staff's
 * course and sees the venue turn green with the reasons; the public member list shows it without sign-in.
 */
@ForumIntegrationTest
class AgreementJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form[method=post] button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    @Test
    void aSwedishCoordinatorSignsTrainsAndTheVenueIsListedInPublic() throws Exception {
        SignUps.Tenant karlstad = SignUps.signUp(http, "SE", "Karlstad", "Sam Samordnare");
        UUID venueId = Api.created(Api.post(karlstad.as(http), "/api/v1/venues", Map.of("name", "Bishops Arms",
                "address", "Västra Torggatan 2", "licenceNumber", "KS-2026-1", "licenceHolder", "Krog AB",
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "11-01")));
        String key = karlstad.as(http).getForEntity("/api/v1/municipality", JsonNode.class).getBody()
                .path("municipalityKey").asText();

        try (Browser browser = Chromium.start(baseUrl(), "sv", "swedish-coordinator-signs-an-agreement")) {
            browser.open("/venues/" + venueId, "sign-in");
            browser.type(By.id("username"), karlstad.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "case-file");
            browser.click(By.linkText("Avtal, utbildning och status i metoden"), "membership-not-a-member");
            assertThat(browser.text(MAIN)).contains("Inte medlem", "Ej uppfyllt: inget avtal gäller");

            browser.click(By.linkText("Teckna avtal"), "sign-form");
            assertThat(browser.text(HEADING)).isEqualTo("Avtal med Bishops Arms");
            browser.click(SUBMIT, "sign-form-refused");
            assertThat(browser.text(By.id("signedForVenue-error"))).contains("Fyll i det här fältet.");
            assertThat(StoredEvents.countInTenant(relay, AgreementSigned.class, karlstad.tenantId())).as("nothing stored").isZero();

            browser.type(By.id("signedForVenue"), "Eva Krögare").type(By.id("signedForMunicipality"), "Sam Samordnare");
            browser.driver().findElement(By.cssSelector("input[name=commitments][value=RANDOM_DRUG_TESTS]")).click();
            browser.driver().findElement(By.id("staffCount")).clear();
            browser.type(By.id("staffCount"), "10");
            browser.click(SUBMIT, "membership-joining");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Avtalet är undertecknat.");
            assertThat(browser.text(MAIN)).contains("På väg in (orange)", "Uppfyllt: ett avtal gäller.",
                    "Ej uppfyllt: 0 av 10 anställda har giltig utbildning (80 % krävs).", "Eva Krögare",
                    "Slumpvisa drogtester av personalen");

            browser.click(By.linkText("Registrera utbildning"), "training-form");
            new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Krogar mot knark (1 år)");
            browser.type(By.id("provider"), "Länsstyrelsen Värmland");
            browser.driver().findElement(By.id("staffTrained")).clear();
            browser.type(By.id("staffTrained"), "8");
            browser.click(SUBMIT, "membership-member");
            assertThat(browser.text(MAIN)).contains("Medlem (grön)",
                    "Uppfyllt: 8 av 10 anställda har giltig utbildning (80 % krävs).", "Länsstyrelsen Värmland");

            browser.click(By.linkText("Förnya eller avsluta avtalet"), "renewal-form");
            assertThat(browser.text(HEADING)).isEqualTo("Avtalet med Bishops Arms");
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> http.getForEntity("/public/" + key + "/venues.json",
                String.class).getBody(), body -> body != null && body.contains("Bishops Arms"));
        try (Browser anyone = Chromium.start(baseUrl(), "sv", "public-member-list")) {
            anyone.open("/public/" + key + "/venues", "public-list");
            assertThat(anyone.text(HEADING)).isEqualTo("Medlemskrogar i Karlstad");
            assertThat(anyone.text(By.tagName("tbody"))).contains("Bishops Arms", "Västra Torggatan 2", "Medlem (grön)")
                    .doesNotContain("Eva Krögare");
            anyone.open("/public/" + key + "/venues/embed", "public-list-embedded");
            assertThat(anyone.text(By.tagName("tbody"))).contains("Bishops Arms");
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
