package forum.api.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * A Swedish restaurateur, a member of the municipality's samverkansgrupp, in a real browser on a phone's screen:
 * their forum's meetings, their own open action items (not another member's), one completed with its button; the
 * schedule-meeting page refused to them, another municipality's meeting not found.
 */
@ForumIntegrationTest
class SwedishMemberJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aRestaurateurMemberCompletesTheirActionItem() throws Exception {
        SignUps.Tenant karlstad = SignUps.signUp(http, "SE", "Karlstad", "Sam Samordnare");
        String maja = "maja-" + UUID.randomUUID() + "@example.se";
        accounts.create(karlstad.tenantId(), maja, SignUps.PASSWORD, "Maja Krögare", EnumSet.of(Role.FORUM_MEMBER));
        UUID forumId = Api.created(Api.post(karlstad.as(http), "/api/v1/forums", Map.of(
                "name", "Krogar mot knark Karlstad", "method", "KROGAR_MOT_KNARK", "meetingsPerYear", 4)));
        UUID majaMember = Api.created(Api.post(karlstad.as(http), "/api/v1/forums/" + forumId + "/members", Map.of(
                "personName", "Maja Krögare", "email", maja, "organisation", "Krogen Kajen", "role", "RESTAURATEUR")));
        UUID police = Api.created(Api.post(karlstad.as(http), "/api/v1/forums/" + forumId + "/members", Map.of(
                "personName", "Per Polis", "organisation", "Polisen Värmland", "role", "POLICE")));
        UUID meetingId = Api.created(Api.post(karlstad.as(http), "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), "duration", "PT2H",
                "location", "Stadshuset", "agenda", List.of("Ansvarsfull alkoholservering"))));
        Api.created(Api.post(karlstad.as(http), "/api/v1/meetings/" + meetingId + "/action-items", Map.of(
                "ownerMemberId", majaMember, "what", "Boka utbildning i ansvarsfull alkoholservering",
                "due", LocalDate.now().plusDays(20).toString())));
        Api.created(Api.post(karlstad.as(http), "/api/v1/meetings/" + meetingId + "/action-items", Map.of(
                "ownerMemberId", police, "what", "Planera tillsyn i december", "due", LocalDate.now().plusDays(10).toString())));
        SignUps.Tenant orebro = SignUps.signUp(http, "SE", "Örebro", "Olle Samordnare");
        UUID orebroForum = Api.created(Api.post(orebro.as(http), "/api/v1/forums", Map.of(
                "name", "Krogar mot knark Örebro", "method", "KROGAR_MOT_KNARK", "meetingsPerYear", 4)));
        UUID orebroMeeting = Api.created(Api.post(orebro.as(http), "/api/v1/meetings", Map.of("forumId", orebroForum,
                "startsAt", Instant.now().plus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), "duration", "PT2H",
                "location", "Slottet")));

        try (Browser browser = Chromium.start(baseUrl(), "sv", "swedish-member")) {
            // On a phone: a member reads the meetings and completes action items on the move.
            browser.narrow().open("/login", "sign-in");
            browser.type(By.id("username"), maja).type(By.id("password"), SignUps.PASSWORD).click(SUBMIT, "start");

            browser.click(By.linkText("Möten"), "calendar");
            assertThat(browser.text(MAIN)).contains("Krogar mot knark Karlstad", "Stadshuset", "Planerat")
                    .doesNotContain("Planera ett möte");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.click(By.cssSelector("table.list tbody tr:first-child th a"), "meeting");
            assertThat(browser.text(MAIN)).contains("Ansvarsfull alkoholservering",
                    "Boka utbildning i ansvarsfull alkoholservering").doesNotContain("Registrera närvaro");
            assertThat(browser.scrollsSideways()).isFalse();

            browser.click(By.linkText("Mina åtgärdspunkter"), "my-action-items");
            assertThat(browser.text(HEADING)).isEqualTo("Mina åtgärdspunkter");
            assertThat(browser.text(MAIN)).contains("Boka utbildning i ansvarsfull alkoholservering",
                    "Krogar mot knark Karlstad").doesNotContain("Planera tillsyn i december");
            assertThat(browser.scrollsSideways()).isFalse();

            browser.click(By.cssSelector("main table button[type=submit]"), "action-item-completed");
            assertThat(browser.path()).isEqualTo("/my-action-items");
            assertThat(browser.text(By.className("notice")))
                    .isEqualTo("Klar: Boka utbildning i ansvarsfull alkoholservering");
            assertThat(browser.text(MAIN)).contains("Du har inga öppna åtgärdspunkter.");

            browser.open("/meetings/new", "schedule-refused");
            assertThat(browser.text(HEADING)).isEqualTo("Du får inte använda den här sidan");

            browser.open("/meetings/" + orebroMeeting, "another-municipalitys-meeting");
            assertThat(browser.text(HEADING)).isEqualTo("Sidan finns inte");
            assertThat(browser.text(MAIN)).doesNotContain("Slottet");
        }

        JsonNode board = karlstad.as(http).getForObject("/api/v1/forums/" + forumId + "/action-items", JsonNode.class);
        assertThat(board.get("done").findValuesAsText("what")).containsExactly("Boka utbildning i ansvarsfull alkoholservering");
        assertThat(board.get("open").findValuesAsText("what")).containsExactly("Planera tillsyn i december");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
