package forum.api.calendar;

import static forum.api.calendar.CalendarDocumentsTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.Api;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;
import net.fortuna.ical4j.model.Calendar;

/**
 * A Danish coordinator puts the meetings in calendars in a real browser: the Calendar page, an address of their own
 * (shown once, read by a calendar without signing in), one for the forum, and the meeting page's "add to calendar".
 */
@ForumIntegrationTest
class DanishCalendarJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By LINK = By.id("issued-link");

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void theCoordinatorSubscribesToTheMeetingsAndGivesTheForumsAddress() throws Exception {
        SignUps.Tenant ikast = SignUps.signUp(http, "DK", "Ikast-Brande", "Karen Tovholder");
        UUID forumId = Api.created(Api.post(ikast.as(http), "/api/v1/forums", Map.of(
                "name", "Trygt natteliv Ikast", "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4)));
        UUID meetingId = Api.created(Api.post(ikast.as(http), "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString(),
                "duration", "PT2H", "location", "Rådhuset, mødelokale 1", "agenda", List.of("Julefrokoster"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ikast.as(http)
                .getForEntity("/api/v1/meetings/" + meetingId, String.class).getStatusCode().is2xxSuccessful());

        try (Browser browser = Chromium.start("http://localhost:" + port, "da", "danish-calendar")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), ikast.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "start");
            browser.click(By.linkText("Kalender"), "calendar");
            assertThat(browser.text(HEADING)).isEqualTo("Møder i din kalender");
            assertThat(browser.text(MAIN)).contains("Ingen adresse endnu", "Trygt natteliv Ikast");

            browser.click(By.xpath("//button[normalize-space()='Lav en adresse']"), "own-address");
            assertThat(browser.text(By.className("notice"))).contains("Adressen til dine møder er klar");
            String own = browser.attribute(LINK, "value");
            Calendar feed = feed(own);
            assertThat(feed.toString()).contains("Trygt natteliv Ikast: møde", "Dagsorden:", "Julefrokoster",
                    CalendarDocuments.uid(meetingId));

            browser.click(By.cssSelector("main table form button"), "forum-address");
            assertThat(browser.text(By.className("notice"))).contains("Adressen til møderne i Trygt natteliv Ikast");
            assertThat(feed(browser.attribute(LINK, "value")).toString()).contains(CalendarDocuments.uid(meetingId));

            browser.open("/calendar", "calendar-again");
            assertThat(browser.driver().findElements(LINK)).as("an address is shown once").isEmpty();
            assertThat(browser.text(MAIN)).contains("Adresse lavet").doesNotContain("Ingen adresse endnu");

            browser.open("/meetings/" + meetingId, "meeting");
            assertThat(browser.attribute(By.linkText("Føj til kalender"), "href"))
                    .endsWith("/meetings/" + meetingId + "/calendar.ics");
        }
    }

    /** The address read as a calendar reads it, without signing in. */
    private Calendar feed(String address) throws Exception {
        PageClient client = new PageClient(port);
        HttpResponse<String> answer = client.send(client.get(URI.create(address).getPath(), null));
        assertThat(answer.statusCode()).isEqualTo(200);
        return parse(answer.body());
    }
}
