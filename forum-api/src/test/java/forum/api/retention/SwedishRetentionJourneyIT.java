package forum.api.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import forum.api.erasure.Erasures;
import forum.api.eventstore.EventRelay;
import forum.api.support.Browser;
import forum.api.support.CaseFiles;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.core.erasure.ErasureReason;

/**
 * In Swedish, in a browser: the coordinator finds the retention periods, is told a period out of its bounds beside
 * its field, saves one within them, sees the retention job's run, and finds an erased issue shown as "raderad" on
 * the case file.
 */
@ForumIntegrationTest
class SwedishRetentionJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    Erasures erasures;

    @Autowired
    RetentionJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRelay relay;

    @Autowired
    TransactionTemplate transaction;

    @LocalServerPort
    int port;

    @Test
    void theCoordinatorSetsAPeriodAndSeesTheRunAndAnErasedIssue() throws Exception {
        SignUps.Tenant gallringsby = SignUps.signUp(http, "SE", "Gallringsby", "Sam Samordnare");
        CaseFiles.CaseFile file = CaseFiles.seed(commands, gallringsby.tenantId(), null);
        erasures.erase(gallringsby.tenantId(), List.of("issue:" + file.issueId()), ErasureReason.PERSONS_REQUEST);
        new ReadModelChecks(jdbc, relay, transaction).awaitEqual(Duration.ofSeconds(60), gallringsby.tenantId());

        try (Browser browser = Chromium.start("http://localhost:" + port, "sv", "swedish-retention")) {
            browser.open("/login", "sign-in");
            browser.type(By.id("username"), gallringsby.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(SUBMIT, "start").click(By.linkText("Lagringstid"), "retention");
            assertThat(browser.text(HEADING)).isEqualTo("Hur länge personuppgifter sparas");
            assertThat(browser.text(By.tagName("main"))).contains("Gallringsjobbet har inte körts ännu.");

            browser.type(By.id("resolvedIssueText"), "5").click(SUBMIT, "period-refused");
            assertThat(browser.text(By.id("resolvedIssueText-error")))
                    .contains("Ange ett antal dagar inom gränserna för den här perioden.");

            browser.type(By.id("resolvedIssueText"), "400").click(SUBMIT, "period-saved");
            assertThat(browser.text(By.className("notice"))).contains("Perioderna är sparade.");
            assertThat(browser.attribute(By.id("resolvedIssueText"), "value")).isEqualTo("400");

            job.run().orElseThrow();
            browser.open("/privacy/retention", "retention-run");
            assertThat(browser.text(By.tagName("table"))).contains("Gallringsjobbets körningar", "Klar");

            browser.open("/venues/" + file.venueId(), "case-file-erased");
            assertThat(browser.text(By.cssSelector("td.free-text.erased"))).isEqualTo("raderad");
        }
    }
}
