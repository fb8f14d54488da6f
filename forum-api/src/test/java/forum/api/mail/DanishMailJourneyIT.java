package forum.api.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;

/**
 * The default run has no SMTP server: a Danish municipality's mails (a meeting notice to a member, an invitation) are
 * kept, and its coordinator reads them on "Sendte mails" as their recipients see them, in a real browser; the sender
 * and "my mail settings" pages change what they show at once; another municipality's mails never show; a member may
 * not read the sent mail; a bad sender changes nothing.
 */
@ForumIntegrationTest
class DanishMailJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");

    @Autowired
    TestRestTemplate http;

    @Autowired
    MailDispatch dispatch;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void theCoordinatorReadsTheKeptMailsAsTheirRecipientsSeeThem() throws Exception {
        SignUps.Tenant ikast = SignUps.signUp(http, "DK", "Ikast-Brande", "Karen Tovholder");
        SignUps.Tenant other = SignUps.signUp(http, "DK", "Anden Kommune", "Anders Anden");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String member = "mette-" + suffix + "@politi.example";
        UUID forumId = Api.created(Api.post(ikast.as(http), "/api/v1/forums", Map.of(
                "name", "Trygt natteliv Ikast", "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4)));
        assertThat(Api.post(ikast.as(http), "/api/v1/forums/" + forumId + "/members", Map.of("personName",
                "Mette Politi", "email", member, "organisation", "Politiet", "role", "POLICE"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        Api.created(Api.post(ikast.as(http), "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString(),
                "duration", "PT2H", "location", "Rådhuset, mødelokale 1", "agenda", List.of("Julefrokoster"))));
        String invitee = "jens-" + suffix + "@kommune.example";
        assertThat(Api.post(ikast.as(http), "/api/v1/invitations", Map.of("email", invitee, "name", "Jens Jensen",
                "role", "FORUM_MEMBER")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String otherInvitee = "other-" + suffix + "@anden.example";
        Api.post(other.as(http), "/api/v1/invitations", Map.of("email", otherInvitee, "name", "Anne Anden",
                "role", "FORUM_MEMBER"));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dispatch.sendDue();
            JsonNode sent = ikast.as(http).getForObject("/api/v1/mail/sent", JsonNode.class);
            return sent.size() >= 2 && sent.findValues("state").stream().allMatch(s -> s.asText().equals("kept"));
        });

        try (Browser browser = Chromium.start("http://localhost:" + port, "da", "danish-mail")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), ikast.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "start");
            browser.click(By.linkText("Sendte mails"), "sent-mail");
            assertThat(browser.text(HEADING)).isEqualTo("Sendte mails");
            assertThat(browser.text(MAIN)).contains("Trygt natteliv Ikast: møde", "Du er inviteret til Forum",
                    "Gemt, ikke sendt", "Mødeindkaldelse", member, invitee).doesNotContain(otherInvitee);
            browser.click(By.xpath("//article[h2[normalize-space()='Du er inviteret til Forum']]//summary"),
                    "sent-mail-open");
            assertThat(browser.text(MAIN)).contains("Ren tekst", "/invitations/");

            browser.click(By.linkText("Afsendernavn og svar-til"), "sender");
            browser.type(By.id("senderName"), "Ikast-Brande Kommune")
                    .type(By.id("replyTo"), "sekretariat@ikast.example")
                    .click(By.cssSelector("main form button[type=submit]"), "sender-saved");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Afsenderen er gemt.");
            assertThat(browser.attribute(By.id("senderName"), "value")).isEqualTo("Ikast-Brande Kommune");

            browser.open("/mail/preferences", "preferences");
            assertThat(browser.text(HEADING)).isEqualTo("Mine mailindstillinger");
            browser.click(By.cssSelector("input[type=checkbox]"), "preferences-checked")
                    .click(By.cssSelector("main form button[type=submit]"), "preferences-saved");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Dine mailindstillinger er gemt.");
            assertThat(browser.driver().findElement(By.cssSelector("input[type=checkbox]")).isSelected()).isTrue();
        }
        assertThat(ikast.as(http).getForObject("/api/v1/mail/preferences", JsonNode.class).get("turnedOff")
                .toString()).contains("minutes-approved");
        assertThat(ikast.as(http).getForObject("/api/v1/mail/sender", JsonNode.class).get("replyTo").asText())
                .isEqualTo("sekretariat@ikast.example");
    }

    @Test
    void aMemberMayNotReadTheSentMailAndABadSenderChangesNothing() throws Exception {
        TestMunicipality tenant = TestMunicipality.signUp(http, accounts);
        PageClient pages = new PageClient(port);
        String coordinator = pages.signIn(tenant.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        HttpResponse<String> form = pages.send(pages.get("/mail/sender", coordinator));
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> refused = pages.send(pages.form("/mail/sender", coordinator,
                "_csrf=" + PageClient.encode(PageClient.csrf(form.body())) + "&senderName=&replyTo=ikke-en-adresse"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("aria-invalid=\"true\"", "senderName-error", "replyTo-error");
        TestRestTemplate asCoordinator = tenant.as(http, Role.COORDINATOR);
        assertThat(asCoordinator.getForObject("/api/v1/mail/sender", JsonNode.class).get("senderName").asText())
                .isEqualTo("Forum");

        String member = pages.signIn(tenant.usernames().get(Role.FORUM_MEMBER), TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/mail/sent", member)).statusCode()).isEqualTo(403);
        assertThat(pages.send(pages.get("/mail/sender", member)).statusCode()).isEqualTo(403);
        assertThat(pages.send(pages.get("/mail/preferences", member)).statusCode()).isEqualTo(200);
        assertThat(tenant.as(http, Role.FORUM_MEMBER).getForEntity("/api/v1/mail/sent", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asCoordinator.exchange(RequestEntity.put("/api/v1/mail/preferences")
                .body(Map.of("turnedOff", List.of("meeting-notice"))), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
