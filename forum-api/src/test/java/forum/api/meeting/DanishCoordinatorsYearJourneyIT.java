package forum.api.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/**
 * Issue 22's Danish journey in one browser, every step on the pages: a coordinator signs Ikast-Brande up,
 * establishes a forum with members by role, schedules four quarterly meetings, records the first one's attendance
 * and an action item, and once it has begun its minutes, and approves them.
 */
@ForumIntegrationTest
class DanishCoordinatorsYearJourneyIT {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By NOTICE = By.cssSelector("main .notice");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    private static final By SECTION_SUBMIT = By.cssSelector("main section form button[type=submit]");
    private static final String FORUM = "Ansvarlig udskænkning Ikast-Brande";
    private static final String PASSWORD = "tre ord i træk";

    @LocalServerPort
    int port;

    @Test
    void aDanishCoordinatorSignsUpEstablishesTheForumPlansTheYearAndHoldsTheFirstMeeting() throws Exception {
        String email = "ida-" + UUID.randomUUID() + "@ikast-brande.example.dk";

        try (Browser browser = Chromium.start("http://localhost:" + port, "da", "danish-coordinators-year")) {
            browser.open("/login", "sign-in").click(By.linkText("Ny i Forum? Tilmeld din kommune"), "sign-up");
            browser.driver().findElement(By.id("country-DK")).click();
            browser.click(SUBMIT, "sign-up-details");
            browser.type(By.id("name"), "Ikast-Brande").type(By.id("officialCode"), SignUps.IKAST_BRANDE)
                    .type(By.id("coordinatorName"), "Ida Tovholder").type(By.id("coordinatorEmail"), email)
                    .type(By.id("coordinatorPassword"), PASSWORD).type(By.id("coordinatorPasswordRepeat"), PASSWORD)
                    .click(SUBMIT, "start-signed-up");
            assertThat(browser.text(HEADING)).isEqualTo("Velkommen, Ida Tovholder");
            assertThat(browser.text(By.cssSelector("header .municipality"))).isEqualTo("Ikast-Brande");

            browser.click(By.linkText("Samarbejdsfora"), "forums-none");
            browser.click(By.linkText("Opret et samarbejdsforum"), "establish-forum");
            new Select(browser.driver().findElement(By.id("method"))).selectByValue("RESPONSIBLE_SERVING");
            browser.type(By.id("name"), FORUM).click(SUBMIT, "forum-established");
            assertThat(browser.text(HEADING)).isEqualTo(FORUM);
            addMember(browser, "Peter Politibetjent", "POLICE", "Midt- og Vestjyllands Politi", "member-police");
            addMember(browser, "Sofie Sørensen", "SSP", "SSP Ikast-Brande", "member-ssp");
            addMember(browser, "Rasmus Restauratør", "RESTAURATEUR", "Horesta Ikast", "member-restaurateur");
            assertThat(browser.texts(By.cssSelector("main table tbody tr td:first-child")))
                    .as("the members by role").containsExactly("Politi", "SSP (skole, socialforvaltning, politi)",
                            "Restauratør");

            // A minute or two ahead, so that the first meeting has begun by the time its minutes are written.
            LocalDateTime first = LocalDateTime.now(DENMARK).truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
            browser.click(By.linkText("Møder"), "calendar-empty");
            for (int quarter = 0; quarter < 4; quarter++) {
                browser.click(By.linkText("Planlæg et møde"), "schedule-" + (quarter + 1));
                new Select(browser.driver().findElement(By.id("forumId"))).selectByVisibleText(FORUM);
                DateFields.type(browser, By.id("startsAt"), first.plusMonths(3L * quarter));
                new Select(browser.driver().findElement(By.id("duration"))).selectByVisibleText("2 timer");
                browser.type(By.id("location"), "Rådhuset i Ikast").type(By.id("agenda"), "Velkomst\nHændelser");
                browser.click(SUBMIT, "scheduled-" + (quarter + 1));
                assertThat(browser.text(By.className("notice"))).contains("er planlagt");
            }
            assertThat(browser.texts(By.cssSelector("table.list tbody tr"))).hasSize(4)
                    .allSatisfy(row -> assertThat(row).contains(FORUM, "Planlagt"));

            browser.click(By.cssSelector("table.list tbody tr:first-child th a"), "first-meeting");
            String meetingPath = browser.path();
            browser.click(By.linkText("Registrér fremmøde"), "attendance");
            tick(browser, "Peter Politibetjent");
            tick(browser, "Sofie Sørensen");
            browser.click(SUBMIT, "attendance-recorded");
            assertThat(browser.text(MAIN)).contains("2 af 3 medlemmer til stede");

            browser.click(By.linkText("Uddel et opfølgningspunkt"), "action-item");
            browser.type(By.id("what"), "Kontrol af beværtningerne på Torvet før jul");
            new Select(browser.driver().findElement(By.id("ownerMemberId")))
                    .selectByVisibleText("Peter Politibetjent (Midt- og Vestjyllands Politi)");
            DateFields.type(browser, By.id("due"), LocalDate.now(DENMARK).plusDays(21));
            browser.click(SUBMIT, "action-item-assigned");
            assertThat(browser.text(NOTICE)).isEqualTo("Opfølgningspunktet er uddelt.");

            await().atMost(Duration.ofMinutes(3)).until(() -> LocalDateTime.now(DENMARK).isAfter(first));
            browser.open(meetingPath, "first-meeting-begun");
            browser.click(By.linkText("Skriv referatet"), "minutes");
            browser.type(By.id("text"), "Politiet og SSP gennemgik efterårets hændelser på Torvet.");
            browser.click(SUBMIT, "minutes-recorded");
            assertThat(browser.text(MAIN)).contains("Udkast gemt");
            browser.click(SUBMIT, "minutes-approved");
            assertThat(browser.text(NOTICE)).isEqualTo("Referatet er godkendt: det er endeligt.");
            assertThat(browser.text(MAIN)).contains("Politiet og SSP gennemgik efterårets hændelser på Torvet.",
                    "Kontrol af beværtningerne på Torvet før jul", "2 af 3 medlemmer til stede");
        }
    }

    private static void addMember(Browser browser, String name, String role, String organisation, String pageName) {
        browser.type(By.id("personName"), name).type(By.id("organisation"), organisation);
        new Select(browser.driver().findElement(By.id("role"))).selectByValue(role);
        browser.click(SECTION_SUBMIT, pageName);
        assertThat(browser.text(NOTICE)).isEqualTo(name + " er nu medlem af samarbejdsforummet.");
    }

    /** Ticks a member's box by its label, as one clicks the name. */
    private static void tick(Browser browser, String name) {
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(), '" + name + "')]")).click();
    }
}
