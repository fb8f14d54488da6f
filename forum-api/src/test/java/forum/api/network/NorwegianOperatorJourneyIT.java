package forum.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.TestMunicipality;
import forum.api.eventstore.EventRelay;
import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.network.NetworkCreated;
import forum.projections.operator.OperatorRegister;

/**
 * The operator in the browser, in Norwegian: lands on the municipalities' register and reads their last activity,
 * creates a network (a network without a name is refused at its field and nothing is created), grants its
 * coordinator and reads the pipeline's health in plain words. Every page is screenshot and scanned by {@link Browser}.
 */
@ForumIntegrationTest
class NorwegianOperatorJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form[method=post] button[type=submit]");
    /** A count as Norwegian writes it: digits grouped by a (narrow) no-break space. */
    private static final String COUNT = "[0-9\u00a0\u202f ]+";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventRelay relay;

    @Autowired
    OperatorRegister register;

    @LocalServerPort
    int port;

    @Test
    void aNorwegianOperatorReadsTheRegisterCreatesANetworkGrantsItsCoordinatorAndReadsTheHealth() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        SignUps.Tenant bodo = SignUps.signUp(http, "NO", "Bodø " + suffix, "Ola Koordinator");
        SignUps.Tenant traena = SignUps.signUp(http, "NO", "Træna " + suffix, "Kari Koordinator");
        await().atMost(Duration.ofSeconds(20)).until(() -> register.municipalities().stream()
                .filter(m -> m.tenantId().equals(bodo.tenantId()) || m.tenantId().equals(traena.tenantId()))
                .filter(m -> m.lastActivity() != null).count() == 2);
        String operator = TestMunicipality.createOperator(accounts);
        String network = "Trygt uteliv i nord " + suffix;

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-operator")) {
            browser.open("/", "sign-in");
            browser.type(By.id("username"), operator).type(By.id("password"), TestMunicipality.PASSWORD)
                    .click(By.cssSelector("main form button[type=submit]"), "municipalities");
            assertThat(browser.path()).isEqualTo("/operator");
            assertThat(browser.text(HEADING)).isEqualTo("Kommuner som bruker Forum");
            String bodoRow = row(browser, "Bodø " + suffix);
            assertThat(bodoRow).contains("Norge", "Aktiv").doesNotContain("Ikke aktiv", "Ingen ennå");
            assertThat(row(browser, "Træna " + suffix)).contains("Norge", "Aktiv");
            assertThat(browser.text(MAIN)).doesNotContain("Ola Koordinator", "Kari Koordinator", bodo.coordinator(),
                    traena.coordinator());

            browser.click(By.linkText("Nettverk"), "networks");
            assertThat(browser.text(HEADING)).isEqualTo("Nasjonale nettverk");
            long networksBefore = networksCreated();
            new Select(browser.driver().findElement(By.id("country"))).selectByVisibleText("Norge");
            browser.click(SUBMIT, "network-without-a-name");
            assertThat(browser.text(By.className("error-summary"))).contains("Det er et problem");
            assertThat(browser.text(By.id("name-error"))).contains("Fyll ut dette feltet.");
            assertThat(browser.attribute(By.id("name"), "aria-invalid")).isEqualTo("true");
            assertThat(networksCreated()).as("nothing created").isEqualTo(networksBefore);

            browser.type(By.id("name"), network);
            browser.click(SUBMIT, "network");
            assertThat(browser.path()).startsWith("/operator/networks/");
            assertThat(browser.text(HEADING)).isEqualTo(network);
            assertThat(browser.text(MAIN)).contains("Norge", "Ingen medlemmer ennå",
                    "Ingen koordinator er invitert ennå.");
            assertThat(browser.driver().findElements(By.cssSelector("section#invitations"))).hasSize(1);
            assertThat(networksCreated()).isEqualTo(networksBefore + 1);

            browser.type(By.id("name"), "Nina Nettverk")
                    .type(By.id("email"), "nina-" + suffix + "@example.no");
            browser.click(SUBMIT, "network-coordinator-granted");
            assertThat(browser.text(By.className("notice")))
                    .contains("Nina Nettverk er invitert som nettverkskoordinator.");
            assertThat(browser.attribute(By.id("issued-link"), "value")).contains("/invitations/");
            assertThat(row(browser, "Nina Nettverk")).contains("nina-" + suffix + "@example.no",
                    "Venter på å bli akseptert");
            String networkPage = browser.path();
            browser.click(By.linkText("Inviter en kommune, eller trekk tilbake en invitasjon"), "network-invitations");
            assertThat(browser.path()).isEqualTo(networkPage + "/invitations");
            assertThat(browser.text(HEADING)).isEqualTo(network + ": medlemmer og invitasjoner");

            browser.click(By.linkText("Nettverk"), "networks-with-the-new-one");
            assertThat(row(browser, network)).contains("Norge", "0", "Ingen medlemmer ennå");

            browser.click(By.linkText("Helse"), "health");
            assertThat(browser.text(HEADING)).isEqualTo("Flytens helse");
            // Kafka answers here; the other parts depend on what tests before this one left in the shared pipeline.
            assertThat(browser.text(MAIN)).contains("Kafka svarer.", "Konsumenten forum-projections ")
                    .containsPattern("Alle hendelser er på Kafka\\.|Publiseringen ligger " + COUNT + " hendelser? etter")
                    .containsPattern("Ingen hendelse er lagt til side som uleselig\\.|" + COUNT + " hendelser? er lagt til")
                    .containsPattern("Ingen hendelser holdes tilbake i påvente av en manglende\\."
                            + "|holdes tilbake i påvente av en manglende hendelse siden");
            assertThat(browser.texts(By.cssSelector("tbody td:first-child")))
                    .isNotEmpty().allSatisfy(state -> assertThat(state)
                            .isIn("I orden", "Trenger oppmerksomhet", "Feiler"));

            browser.click(By.linkText("E-post"), "mail-in-the-municipalities");
            assertThat(browser.text(HEADING)).isEqualTo("E-post i kommunene");
            assertThat(browser.text(MAIN)).contains("du ser ingen mottaker og ikke noe av innholdet")
                    .doesNotContain(bodo.coordinator());
        }
    }

    /** The text of the table row whose header cell is {@code name}. */
    private static String row(Browser browser, String name) {
        return browser.text(By.xpath("//tr[th[normalize-space()='" + name + "']]"));
    }

    private long networksCreated() {
        return relay.jdbc().sql("select count(*) from domain_event_entry where payload_type = :type")
                .param("type", NetworkCreated.class.getName()).query(Long.class).single();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
