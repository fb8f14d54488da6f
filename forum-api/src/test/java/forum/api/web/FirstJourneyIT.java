package forum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.Api;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * The first journeys in a real browser: signing in, the start page in the person's language, switching language,
 * a page the role may not use, a page that does not exist, signing out; and the same on a phone's screen.
 */
@ForumIntegrationTest
class FirstJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void aDanishCoordinatorSignsInSwitchesToSwedishIsRefusedAPageAndSignsOut() throws Exception {
        SignUps.Tenant herning = SignUps.signUp(http, "DK", "Herning", "Kim Tovholder");
        // Sent through the API just before: the start page reads it from the read models, as the API's reads do.
        UUID forumId = Api.created(Api.post(herning.as(http), "/api/v1/forums", Map.of(
                "name", "Ansvarlig udskænkning Herning", "method", "RESPONSIBLE_SERVING", "meetingsPerYear", 4)));
        Api.created(Api.post(herning.as(http), "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS),
                "duration", "PT2H", "location", "Rådhuset, mødelokale 2")));

        try (Browser browser = Chromium.start(baseUrl(), "da", "danish-coordinator")) {
            browser.open("/", "sign-in");
            assertThat(browser.path()).startsWith("/login");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("da");
            assertThat(browser.text(HEADING)).isEqualTo("Log ind i Forum");

            browser.type(By.id("username"), herning.coordinator()).type(By.id("password"), "not the password")
                    .click(SUBMIT, "sign-in-refused");
            assertThat(browser.text(By.className("error-summary")))
                    .contains("E-mailadressen eller adgangskoden er forkert.");

            browser.type(By.id("username"), herning.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(SUBMIT, "start");
            // Back to the page asked for before signing in (Spring Security marks it "?continue").
            assertThat(browser.path()).isIn("/", "/?continue");
            assertThat(browser.text(HEADING)).isEqualTo("Velkommen, Kim Tovholder");
            assertThat(browser.text(By.cssSelector("header .municipality"))).isEqualTo("Herning");
            assertThat(browser.text(By.cssSelector("header .role"))).contains("tovholder");
            assertThat(browser.text(By.tagName("main"))).contains("Det kræver opmærksomhed nu", "Næste møde",
                    "Ansvarlig udskænkning Herning", "Rådhuset, mødelokale 2", "Intet opfølgningspunkt er forfaldent.",
                    "Ingen beværtning har en åben hændelse.", "Ingen indstilling venter på en afgørelse.");

            browser.click(By.linkText("Svenska"), "start-in-swedish");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("sv");
            assertThat(browser.text(HEADING)).isEqualTo("Välkommen, Kim Tovholder");
            assertThat(browser.text(By.cssSelector("header .role"))).contains("samordnare");
            assertThat(browser.text(By.tagName("main"))).contains("Nästa möte", "Ingen åtgärdspunkt är försenad.");

            // The choice is remembered: a page opened afresh is in Swedish too.
            browser.open("/network/statistics", "refused");
            assertThat(browser.text(HEADING)).isEqualTo("Du får inte använda den här sidan");
            assertThat(browser.text(By.tagName("main"))).contains("Din roll ger inte tillgång");

            browser.open("/no-such-page", "not-found");
            assertThat(browser.text(HEADING)).isEqualTo("Sidan finns inte");

            browser.open("/", "start-again").click(By.cssSelector("header form.sign-out button"), "signed-out");
            assertThat(browser.path()).isEqualTo("/login?signed-out");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Du har loggat ut.");

            browser.open("/", "after-signing-out");
            assertThat(browser.path()).startsWith("/login");
        }
    }

    @Test
    void aNorwegianCoordinatorOnAPhoneGetsTheMunicipalitysLanguageAndReachesEverythingByKeyboard() throws Exception {
        SignUps.Tenant bodo = SignUps.signUp(http, "NO", "Bodø", "Ola Koordinator");

        try (Browser browser = Chromium.start(baseUrl(), "en-GB", "norwegian-coordinator-on-a-phone")) {
            browser.narrow().open("/login", "sign-in");
            assertThat(browser.text(HEADING)).isEqualTo("Sign in to Forum");
            assertThat(browser.scrollsSideways()).isFalse();

            // The first Tab reaches the skip link, which leads to the main content.
            WebElement body = browser.driver().findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
            assertThat(focused.getText()).isEqualTo("Skip to the main content");

            browser.type(By.id("username"), bodo.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .enter(By.id("password"), "start");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("nb");
            assertThat(browser.text(HEADING)).isEqualTo("Velkommen, Ola Koordinator");
            assertThat(browser.text(By.cssSelector("header .role"))).contains("koordinator");
            assertThat(browser.text(By.tagName("main"))).contains("Neste møte", "Ingen møter er planlagt.");
            assertThat(browser.scrollsSideways()).isFalse();
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
