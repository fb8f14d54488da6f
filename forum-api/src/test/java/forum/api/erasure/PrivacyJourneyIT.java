package forum.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.Api;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.shared.PersonalData;

/**
 * A Norwegian coordinator in a real browser finds a forum member by e-mail, sees the places, reads the export, and
 * erases the member with a reason: the erasure is listed, the forum's page no longer names the member, and the
 * name is found nowhere any more.
 */
@ForumIntegrationTest
class PrivacyJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void aNorwegianCoordinatorFindsExportsAndErasesAForumMember() throws Exception {
        SignUps.Tenant bodo = SignUps.signUp(http, "NO", "Bodø", "Kari Koordinator");
        TestRestTemplate coordinator = bodo.as(http);
        UUID forum = Api.created(Api.post(coordinator, "/api/v1/forums",
                Map.of("name", "Trygt uteliv Bodø", "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4)));
        String email = "ola-" + UUID.randomUUID() + "@politi.example.no";
        Api.created(Api.post(coordinator, "/api/v1/forums/" + forum + "/members", Map.of("personName",
                "Ola Nordmann", "email", email, "organisation", "Politiet", "role", "POLICE")));
        Api.created(Api.post(coordinator, "/api/v1/forums/" + forum + "/members", Map.of("personName",
                "Per Hansen", "email", "per@politi.example.no", "organisation", "Politiet", "role", "POLICE")));

        try (Browser browser = Chromium.start("http://localhost:" + port, "nb", "norwegian-coordinator-privacy")) {
            browser.open("/login", "sign-in").type(By.id("username"), bodo.coordinator())
                    .type(By.id("password"), SignUps.PASSWORD).click(SUBMIT, "start");
            browser.click(By.linkText("Personopplysninger"), "privacy");
            assertThat(browser.text(HEADING)).isEqualTo("En persons personopplysninger");

            browser.type(By.id("query"), email.toUpperCase()).click(By.cssSelector("form[role=search] button"),
                    "places");
            assertThat(browser.text(By.id("places-heading"))).isEqualTo("Steder som inneholder «"
                    + email.toUpperCase() + "»");
            assertThat(browser.texts(By.cssSelector("main table tbody th"))).containsExactly(
                    "Medlem av samarbeidsforum");
            assertThat(browser.text(By.cssSelector("main table tbody"))).contains("Ola Nordmann", email,
                    "Trygt uteliv Bodø");

            browser.click(By.linkText("Les eksporten"), "export");
            assertThat(browser.text(HEADING)).startsWith("Eksport av personopplysninger");
            assertThat(browser.text(By.cssSelector("main table tbody"))).contains("forum_member.person_name",
                    "Ola Nordmann", "forum_member.email", email);
            browser.click(By.linkText("Tilbake til stedene"), "places-again");

            new Select(browser.driver().findElement(By.id("reason"))).selectByValue("PERSONS_REQUEST");
            browser.driver().findElement(By.id("confirmed")).click();
            browser.click(By.xpath("//main//form[@method='post']//button[@type='submit']"), "erased");
            assertThat(browser.text(HEADING)).isEqualTo("Slettinger av personopplysninger");
            assertThat(browser.text(By.cssSelector("main .notice"))).isEqualTo(
                    "Antall slettede steder: 1. De vises som slettet overalt.");
            assertThat(browser.text(By.cssSelector("main table tbody"))).contains("Personen ba om det",
                    "Kari Koordinator");

            browser.open("/forums/" + forum, "forum");
            String forumPage = browser.text(By.tagName("main"));
            assertThat(forumPage).contains("Per Hansen").doesNotContain("Ola Nordmann", email);
            assertThat(forumPage).as("the member reads as erased on the forum's page, in words")
                    .contains("slettet").doesNotContain(PersonalData.ERASED);

            browser.open("/privacy?query=Ola+Nordmann", "not-found");
            assertThat(browser.text(By.cssSelector("main section p"))).isEqualTo("Ingen steder funnet.");
        }
    }
}
