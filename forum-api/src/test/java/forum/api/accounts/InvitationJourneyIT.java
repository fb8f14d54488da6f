package forum.api.accounts;

import static forum.api.commands.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * A Danish coordinator invites a member through the API; the member opens the invitation's link in a browser, in
 * Danish, sets a password (after two refused tries that store nothing) and signs in; the used link says so.
 */
@ForumIntegrationTest
class InvitationJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    private static final By SUMMARY = By.className("error-summary");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void anInvitedMemberSetsAPasswordFromTheLinkAndSignsIn() throws Exception {
        SignUps.Tenant ikast = SignUps.signUp(http, "DK", "Ikast-Brande", "Kim Tovholder");
        String email = Invitees.email("ida");
        String token = Invitees.token(post(ikast.as(http), "/api/v1/invitations",
                Map.of("email", email, "name", "Ida Inviteret", "role", "FORUM_MEMBER")));
        String link = "/invitation?token=" + token;

        try (Browser browser = Chromium.start("http://localhost:" + port, "da", "danish-invitation")) {
            browser.open(link, "invitation");
            assertThat(browser.text(HEADING)).isEqualTo("Velkommen til Forum, Ida Inviteret");
            assertThat(browser.text(By.tagName("main"))).contains("som medlem af samarbejdsforum", email,
                    "Invitationen gælder til");

            browser.type(By.id("password"), "for kort").type(By.id("passwordRepeat"), "for kort")
                    .click(SUBMIT, "password-too-short");
            assertThat(browser.text(SUMMARY)).contains("Brug mindst 12 og højst 200 tegn.");
            assertThat(browser.text(By.id("password-error"))).contains("Brug mindst 12 og højst 200 tegn.");
            assertThat(browser.attribute(By.id("password"), "aria-invalid")).isEqualTo("true");

            browser.type(By.id("password"), Invitees.PASSWORD).type(By.id("passwordRepeat"), "something else entirely")
                    .click(SUBMIT, "passwords-differ");
            assertThat(browser.text(By.id("passwordRepeat-error"))).contains("De to adgangskoder er ikke ens.");
            assertThat(accounts.exists(email)).as("nothing stored").isFalse();

            browser.type(By.id("password"), Invitees.PASSWORD).type(By.id("passwordRepeat"), Invitees.PASSWORD)
                    .click(SUBMIT, "accepted");
            assertThat(browser.path()).isEqualTo("/invitation/accepted");
            assertThat(browser.text(HEADING)).isEqualTo("Din konto er klar");
            assertThat(browser.text(By.className("notice"))).contains("Log ind med " + email);

            browser.click(By.linkText("Gå til log ind"), "sign-in");
            browser.type(By.id("username"), email).type(By.id("password"), Invitees.PASSWORD).click(SUBMIT, "start");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text(HEADING)).isEqualTo("Velkommen, Ida Inviteret");
            assertThat(browser.text(By.cssSelector("header .municipality"))).isEqualTo("Ikast-Brande");
            assertThat(browser.text(By.cssSelector("header .role"))).isEqualTo("medlem af samarbejdsforum");

            browser.open(link, "link-used");
            assertThat(browser.text(HEADING)).isEqualTo("Dette invitationslink kan ikke bruges");
            assertThat(browser.text(By.className("reason")))
                    .isEqualTo("Invitationen er allerede brugt: kontoen findes. Log ind med den.");
        }
    }
}
