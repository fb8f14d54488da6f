package forum.api.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * A Danish coordinator signs Herning up in a browser: the country first, then the kommunekode asked for in Danish;
 * bad input is shown next to its fields and in the summary and stores nothing; the right input signs the
 * municipality up and the coordinator lands signed in on the Danish start page.
 */
@ForumIntegrationTest
class SignUpJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    private static final By SUMMARY = By.className("error-summary");
    private static final String PASSWORD = "tre ord i træk";

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aDanishCoordinatorSignsHerningUpAfterAMistakeAndLandsSignedInOnTheDanishStartPage() throws Exception {
        String email = "kim-" + UUID.randomUUID() + "@herning.example.dk";

        try (Browser browser = Chromium.start("http://localhost:" + port, "da", "danish-sign-up")) {
            browser.open("/login", "sign-in").click(By.linkText("Ny i Forum? Tilmeld din kommune"), "country");
            assertThat(browser.path()).isEqualTo("/sign-up");
            assertThat(browser.text(HEADING)).isEqualTo("Tilmeld din kommune til Forum");

            browser.click(SUBMIT, "country-not-chosen");
            assertThat(browser.text(SUMMARY)).contains("Vælg det land, kommunen ligger i.");

            browser.driver().findElement(By.id("country-DK")).click();
            browser.click(SUBMIT, "details");
            assertThat(browser.path()).isEqualTo("/sign-up/municipality?country=DK");
            assertThat(browser.text(By.cssSelector("label[for=officialCode]"))).isEqualTo("Kommunekode");
            assertThat(browser.text(By.id("officialCode-hint"))).contains("Tre cifre", "657 for Herning");

            fill(browser, "", "65A", email).click(SUBMIT, "details-refused");
            assertThat(browser.text(SUMMARY)).contains("Der er et problem", "Udfyld dette felt.",
                    "Skriv kommunekoden med tre cifre, fx 657.");
            assertThat(browser.text(By.id("name-error"))).contains("Udfyld dette felt.");
            assertThat(browser.text(By.id("officialCode-error")))
                    .contains("Skriv kommunekoden med tre cifre, fx 657.");
            assertThat(browser.attribute(By.id("name"), "aria-invalid")).isEqualTo("true");
            assertThat(browser.attribute(By.id("officialCode"), "aria-describedby"))
                    .isEqualTo("officialCode-hint officialCode-error");
            assertThat(browser.attribute(By.id("officialCode"), "value")).isEqualTo("65A");
            assertThat(browser.attribute(By.id("coordinatorPassword"), "value")).as("never sent back").isNullOrEmpty();
            assertThat(accounts.exists(email)).as("nothing stored").isFalse();

            fill(browser, "Herning", SignUps.HERNING, email).click(SUBMIT, "start");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("da");
            assertThat(browser.text(HEADING)).isEqualTo("Velkommen, Kim Tovholder");
            assertThat(browser.text(By.cssSelector("header .municipality"))).isEqualTo("Herning");
            assertThat(browser.text(By.cssSelector("header .role"))).isEqualTo("tovholder");
            assertThat(browser.text(By.tagName("main"))).contains("Det kræver opmærksomhed nu");

            // Signed in already: the sign-up is not for them.
            browser.open("/sign-up", "sign-up-when-signed-in");
            assertThat(browser.path()).isEqualTo("/");
        }
    }

    private static Browser fill(Browser browser, String name, String officialCode, String email) {
        return browser.type(By.id("name"), name).type(By.id("officialCode"), officialCode)
                .type(By.id("coordinatorName"), "Kim Tovholder").type(By.id("coordinatorEmail"), email)
                .type(By.id("coordinatorPassword"), PASSWORD).type(By.id("coordinatorPasswordRepeat"), PASSWORD);
    }
}
