package forum.api.accounts;

import static forum.api.commands.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * In Danish, in a browser: a member forgot the password; the coordinator makes a link on the page for it, and the
 * member chooses a new password from the link and signs in with it.
 */
@ForumIntegrationTest
class PasswordResetJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    private static final String NEW_PASSWORD = "en ny og lang adgangskode";

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorGivesAMemberALinkAndTheMemberChoosesANewPassword() throws Exception {
        SignUps.Tenant silkeborg = SignUps.signUp(http, "DK", "Silkeborg", "Kim Tovholder");
        String member = Invitees.email("glemsom");
        Invitees.accepted(http, Invitees.token(post(silkeborg.as(http), "/api/v1/invitations",
                Map.of("email", member, "name", "Gitte Glemsom", "role", "FORUM_MEMBER"))));

        try (Browser browser = Chromium.start("http://localhost:" + port, "da", "danish-password-reset")) {
            browser.open("/login", "sign-in");
            assertThat(browser.text(By.tagName("main"))).contains("Glemt din adgangskode?");
            browser.type(By.id("username"), silkeborg.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(SUBMIT, "start").click(By.linkText("Links til adgangskoder"), "password-links");
            assertThat(browser.text(HEADING)).isEqualTo("Et link til at vælge en ny adgangskode");

            browser.type(By.id("email"), "ukendt@example.dk").click(SUBMIT, "no-such-account");
            assertThat(browser.text(By.id("email-error"))).contains("Kommunen har ingen konto med denne e-mailadresse.");

            browser.type(By.id("email"), member).click(SUBMIT, "link-made");
            assertThat(browser.text(By.className("notice"))).contains("Linket til " + member);
            String link = browser.text(By.cssSelector(".notice .link a"));
            browser.click(By.cssSelector("header form.sign-out button"), "signed-out");

            browser.open(link.substring(link.indexOf("/password-reset")), "choose-password");
            assertThat(browser.text(HEADING)).isEqualTo("Vælg en ny adgangskode");
            browser.type(By.id("password"), NEW_PASSWORD).type(By.id("passwordRepeat"), NEW_PASSWORD)
                    .click(SUBMIT, "password-changed");
            assertThat(browser.text(HEADING)).isEqualTo("Din adgangskode er skiftet");

            browser.click(By.linkText("Gå til log ind"), "sign-in-again");
            browser.type(By.id("username"), member).type(By.id("password"), NEW_PASSWORD).click(SUBMIT, "member-start");
            assertThat(browser.text(HEADING)).isEqualTo("Velkommen, Gitte Glemsom");
        }
    }
}
