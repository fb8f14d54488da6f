package forum.api.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * A Danish coordinator plans the forum's year and holds its first meeting in a real browser: four quarterly
 * meetings scheduled on the page (one in the past first, refused next to its field and stored nowhere), then the
 * first meeting's attendance, an action item, a decision, the minutes and their approval.
 */
@ForumIntegrationTest
class DanishMeetingJourneyIT {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void theCoordinatorSchedulesFourQuarterlyMeetingsAndHoldsTheFirst() throws Exception {
        SignUps.Tenant herning = SignUps.signUp(http, "DK", "Herning", "Kim Tovholder");
        UUID forumId = Api.created(Api.post(herning.as(http), "/api/v1/forums", Map.of(
                "name", "Ansvarlig udskænkning Herning", "method", "RESPONSIBLE_SERVING", "meetingsPerYear", 4)));
        member(herning, forumId, "Peter Politibetjent", "Midt- og Vestjyllands Politi", "POLICE");
        member(herning, forumId, "Sofie Sørensen", "SSP Herning", "SSP");
        member(herning, forumId, "Rasmus Restauratør", "Horesta Herning", "RESTAURATEUR");
        // A minute or two ahead: the page's minutes can be recorded once the meeting has begun.
        LocalDateTime first = LocalDateTime.now(DENMARK).truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);

        try (Browser browser = Chromium.start(baseUrl(), "da", "danish-meetings")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), herning.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(SUBMIT, "start");
            browser.click(By.linkText("Møder"), "calendar-empty");
            assertThat(browser.text(HEADING)).isEqualTo("Møder");
            assertThat(browser.text(MAIN)).contains("Der er ingen kommende møder.");

            browser.click(By.linkText("Planlæg et møde"), "schedule");
            fill(browser, first.minusDays(1), "Rådhuset, mødelokale 2", "Velkomst\nHændelser siden sidst");
            browser.click(SUBMIT, "schedule-in-the-past");
            assertThat(browser.text(By.id("startsAt-error"))).contains("Et møde kan ikke begynde i fortiden.");
            assertThat(browser.attribute(By.id("startsAt"), "aria-invalid")).isEqualTo("true");
            assertThat(browser.attribute(By.id("startsAt"), "aria-describedby")).contains("startsAt-error");
            assertThat(browser.text(By.className("error-summary"))).contains("Der er et problem",
                    "Et møde kan ikke begynde i fortiden.");
            assertThat(meetings(herning, forumId)).as("nothing stored").isZero();

            for (int quarter = 0; quarter < 4; quarter++) {
                if (quarter > 0) {
                    browser.click(By.linkText("Planlæg et møde"), "schedule-" + (quarter + 1));
                }
                LocalDateTime startsAt = first.plusMonths(3L * quarter);
                fill(browser, startsAt, "Rådhuset, mødelokale 2", "Velkomst\nHændelser siden sidst\nEventuelt");
                browser.click(SUBMIT, "scheduled-" + (quarter + 1));
                assertThat(browser.text(By.className("notice"))).contains("er planlagt");
            }
            assertThat(meetings(herning, forumId)).isEqualTo(4);
            assertThat(browser.texts(By.cssSelector("table.list tbody tr"))).hasSize(4)
                    .allSatisfy(row -> assertThat(row).contains("Ansvarlig udskænkning Herning", "Planlagt"));

            browser.click(By.cssSelector("table.list tbody tr:first-child th a"), "first-meeting");
            String meetingPath = browser.path();
            assertThat(browser.text(HEADING)).startsWith("Møde i Ansvarlig udskænkning Herning");
            assertThat(browser.text(MAIN)).contains("Dagsorden", "Hændelser siden sidst", "Rådhuset, mødelokale 2",
                    "Fremmødet er ikke registreret endnu.", "Referatet kan skrives, når mødet er begyndt.");

            browser.click(By.linkText("Registrér fremmøde"), "attendance");
            tick(browser, "Peter Politibetjent");
            tick(browser, "Sofie Sørensen");
            browser.click(SUBMIT, "attendance-recorded");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Fremmødet er registreret.");
            assertThat(browser.text(MAIN)).contains("2 af 3 medlemmer til stede");

            browser.click(By.linkText("Uddel et opfølgningspunkt"), "action-item");
            browser.type(By.id("what"), "Planlæg fælles kontrol af beværtningerne i Bryggergade");
            new Select(browser.driver().findElement(By.id("ownerMemberId")))
                    .selectByVisibleText("Peter Politibetjent (Midt- og Vestjyllands Politi)");
            DateFields.type(browser, By.id("due"), LocalDate.now(DENMARK).plusDays(30));
            browser.click(SUBMIT, "action-item-assigned");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Opfølgningspunktet er uddelt.");
            assertThat(browser.text(MAIN)).contains("Planlæg fælles kontrol af beværtningerne i Bryggergade",
                    "Peter Politibetjent");

            browser.click(By.linkText("Registrér en beslutning"), "decision");
            browser.type(By.id("text"), "Forummet indstiller til fælles kontroller i weekenderne.");
            browser.click(SUBMIT, "decision-recorded");
            assertThat(browser.text(MAIN)).contains("Forummet indstiller til fælles kontroller i weekenderne.");

            await().atMost(Duration.ofMinutes(3)).until(() -> LocalDateTime.now(DENMARK).isAfter(first));
            browser.open(meetingPath, "first-meeting-begun");
            browser.click(By.linkText("Skriv referatet"), "minutes");
            browser.type(By.id("text"), "Politiet orienterede om weekendens hændelser. SSP deltog.");
            browser.click(SUBMIT, "minutes-recorded");
            assertThat(browser.text(MAIN)).contains("Udkast gemt", "Politiet orienterede om weekendens hændelser.");

            browser.click(By.cssSelector("main form button[type=submit]"), "minutes-approved");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Referatet er godkendt: det er endeligt.");
            assertThat(browser.text(MAIN)).contains("Et godkendt referat er endeligt.").doesNotContain("Ret referatet");
            assertThat(browser.driver().findElements(By.linkText("Ret referatet"))).isEmpty();
        }

        JsonNode held = herning.as(http).getForObject("/api/v1/meetings?scope=past&forumId=" + forumId
                + "&size=1", JsonNode.class);
        JsonNode upcoming = herning.as(http).getForObject("/api/v1/meetings?forumId=" + forumId, JsonNode.class);
        JsonNode firstMeeting = upcoming.get("items").get(0);
        JsonNode detail = herning.as(http).getForObject("/api/v1/meetings/" + firstMeeting.get("meetingId").asText(),
                JsonNode.class);
        assertThat(held.get("totalItems").asInt() + upcoming.get("totalItems").asInt()).isEqualTo(4);
        assertThat(detail.get("minutes").get("approved").asBoolean()).isTrue();
        assertThat(detail.get("actionItems")).hasSize(1);
        assertThat(detail.get("attendance").findValuesAsText("present")).containsExactlyInAnyOrder("true", "true", "false");
    }

    private void fill(Browser browser, LocalDateTime startsAt, String location, String agenda) {
        new Select(browser.driver().findElement(By.id("forumId"))).selectByVisibleText("Ansvarlig udskænkning Herning");
        DateFields.type(browser, By.id("startsAt"), startsAt);
        new Select(browser.driver().findElement(By.id("duration"))).selectByVisibleText("2 timer");
        browser.type(By.id("location"), location).type(By.id("agenda"), agenda);
    }

    /** Ticks a member's box by its label, as one clicks the name. */
    private static void tick(Browser browser, String name) {
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + name + "')]")).click();
    }

    private long meetings(SignUps.Tenant tenant, UUID forumId) {
        JsonNode upcoming = tenant.as(http).getForObject("/api/v1/meetings?forumId=" + forumId, JsonNode.class);
        JsonNode past = tenant.as(http).getForObject("/api/v1/meetings?scope=past&forumId=" + forumId, JsonNode.class);
        return upcoming.get("totalItems").asLong() + past.get("totalItems").asLong();
    }

    private void member(SignUps.Tenant tenant, UUID forumId, String name, String organisation, String role) {
        Api.created(Api.post(tenant.as(http), "/api/v1/forums/" + forumId + "/members", Map.of(
                "personName", name, "organisation", organisation, "role", role)));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
