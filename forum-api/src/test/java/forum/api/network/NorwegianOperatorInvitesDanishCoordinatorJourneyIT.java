package forum.api.network;

import static forum.api.network.SignedUpKeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.Browser;
import forum.api.support.Chromium;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.projections.municipality.MunicipalityKeys;
import forum.projections.municipality.MunicipalityProfiles;
import forum.projections.networkstatistics.Quarter;

/**
 * A Norwegian operator creates a network and, on the network's invitations page, invites a Danish municipality by
 * its official key (a mistyped key first: said beside the field). The municipality's Danish coordinator signs in,
 * finds the invitation with what joining shares, joins on that consent and compares the municipality with the
 * network; the network's dashboard then counts the municipality from this quarter, not before. Every page is
 * screenshot and scanned by axe.
 */
@ForumIntegrationTest
class NorwegianOperatorInvitesDanishCoordinatorJourneyIT {

    private static final By HEADING = By.tagName("h1");
    private static final By MAIN = By.tagName("main");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    private static final String NETWORK = "Trygt natteliv Norden";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MunicipalityProfiles profiles;

    @Autowired
    MunicipalityKeys keys;

    @LocalServerPort
    int port;

    @Test
    void aNorwegianOperatorInvitesAMunicipalityWhoseDanishCoordinatorJoinsAndTheDashboardCountsIt() throws Exception {
        SignUps.Tenant vejen = SignUps.signUp(http, "DK", "Vejen", "Dorthe Tovholder");
        String key = SignedUpKeys.keyOf(profiles, keys, vejen.tenantId());
        String operator = TestMunicipality.createOperator(accounts);
        UUID networkId = Api.created(Api.post(http.withBasicAuth(operator, TestMunicipality.PASSWORD),
                "/api/v1/networks", Map.of("name", NETWORK, "country", "NO")));
        TestRestTemplate networkCoordinator = http.withBasicAuth(networkCoordinator(networkId),
                TestMunicipality.PASSWORD);
        String invitationsPage = "/operator/networks/" + networkId + "/invitations";

        try (Browser browser = Chromium.start(baseUrl(), "nb", "norwegian-operator-invites-danish-coordinator")) {
            browser.open("/login", "sign-in");
            browser.click(By.cssSelector("nav.languages a[hreflang=nb]"), "sign-in-in-norwegian");
            browser.type(By.id("username"), operator).type(By.id("password"), TestMunicipality.PASSWORD)
                    .click(SUBMIT, "operator-start");

            browser.open(invitationsPage, "network-invitations");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("nb");
            assertThat(browser.text(HEADING)).isEqualTo(NETWORK + ": medlemmer og invitasjoner");
            assertThat(browser.text(MAIN)).contains("Nettverket har ingen medlemmer ennå.",
                    "Nettverket har ikke invitert noen kommune ennå.", "Inviter en kommune");

            browser.type(By.id("municipalityKey"), "DK-99X").click(SUBMIT, "unknown-key");
            assertThat(browser.text(By.id("municipalityKey-error")))
                    .contains("Ingen påmeldt kommune har denne nøkkelen. Kontroller land og offisiell kode.");
            assertThat(browser.attribute(By.id("municipalityKey"), "aria-invalid")).isEqualTo("true");
            assertThat(browser.text(MAIN)).contains("Nettverket har ikke invitert noen kommune ennå.");

            browser.type(By.id("municipalityKey"), key).click(SUBMIT, "invited");
            assertThat(browser.path()).isEqualTo(invitationsPage);
            assertThat(browser.text(By.className("notice"))).isEqualTo(
                    "Vejen er invitert. Kommunen blir med når koordinatoren samtykker.");
            assertThat(browser.text(By.cssSelector("table.network-invitations tbody"))).contains("Vejen",
                    "gjeldende", "Trekk tilbake invitasjonen");

            browser.click(By.cssSelector("header form.sign-out button"), "operator-signed-out");
        }

        // The coordinator is another person: the invitation reaches the municipality's read model a moment later.
        eventually(() -> {
            ResponseEntity<JsonNode> received = vejen.as(http).getForEntity("/api/v1/municipality/network-invitations",
                    JsonNode.class);
            return received.getBody().isEmpty() ? Optional.empty() : Optional.of(received);
        });

        try (Browser browser = Chromium.start(baseUrl(), "da", "danish-coordinator-joins-a-network")) {
            browser.open("/login", "sign-in");
            browser.click(By.cssSelector("nav.languages a[hreflang=da]"), "sign-in-in-danish");
            browser.type(By.id("username"), vejen.coordinator()).type(By.id("password"), SignUps.PASSWORD)
                    .click(SUBMIT, "coordinator-start");
            browser.click(By.cssSelector("nav.main-nav a[href='/municipality/networks']"), "networks");
            assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("da");
            assertThat(browser.text(HEADING)).isEqualTo("Kommunens netværk");
            assertThat(browser.text(By.id("consent"))).contains("Hvad et medlemskab deler", "samlede tal",
                    "Antal på 1 eller 2 skjules", "Netværket ser aldrig en beværtning, en person eller fritekst.");
            assertThat(browser.text(By.cssSelector("li.invitation"))).contains(NETWORK,
                    "Bliv medlem (jeg giver samtykke)", "Afslå");

            browser.click(By.cssSelector("li.invitation button[aria-describedby=consent]"), "joined");
            assertThat(browser.path()).isEqualTo("/municipality/networks");
            assertThat(browser.text(By.className("notice"))).isEqualTo("Kommunen er nu medlem af " + NETWORK + ".");
            assertThat(browser.text(MAIN)).contains("Intet netværk har inviteret kommunen.");
            assertThat(browser.text(By.cssSelector("table.memberships"))).contains(NETWORK, "Stadig medlem");

            browser.click(By.cssSelector("table.memberships a[href$='/comparison']"), "comparison");
            assertThat(browser.text(HEADING)).startsWith(NETWORK + ": vores tal ved siden af netværkets");
            assertThat(browser.text(By.id("medians-suppressed"))).contains("Medianerne er skjult",
                    "med færre end 3");
            assertThat(browser.text(By.cssSelector("table.comparison-meetings"))).contains("Afholdte møder",
                    "Netværkets median", "Skjult");

            browser.click(By.linkText("Tilbage til netværkene"), "networks-again");
            browser.click(By.cssSelector("table.memberships a[href$='/leaving']"), "leaving-asked");
            assertThat(browser.text(HEADING)).isEqualTo("Forlade " + NETWORK + "?");
            browser.click(By.linkText("Nej, forbliv medlem"), "stays-a-member");
            assertThat(browser.text(By.cssSelector("table.memberships"))).contains("Stadig medlem");
        }

        Quarter now = Quarter.of(Instant.now());
        assertThat(members(networkCoordinator, networkId, now)).contains("Vejen");
        assertThat(members(networkCoordinator, networkId, now.previous())).doesNotContain("Vejen");
    }

    /** The names of the municipalities the network's dashboard counts in the quarter. */
    private static Iterable<String> members(TestRestTemplate as, UUID networkId, Quarter quarter) {
        ResponseEntity<JsonNode> dashboard = as.getForEntity("/api/v1/networks/" + networkId + "/statistics?quarter="
                + quarter, JsonNode.class);
        assertThat(dashboard.getStatusCode().value()).as("%s", dashboard.getBody()).isEqualTo(200);
        return StreamSupport.stream(dashboard.getBody().get("municipalities").spliterator(), false)
                .map(municipality -> municipality.get("name").asText()).toList();
    }

    private String networkCoordinator(UUID networkId) {
        String username = "network-" + UUID.randomUUID() + "@example.no";
        accounts.create(new UserAccounts.NewAccount(null, networkId, username, "Nils Nettverk",
                EnumSet.of(Role.NETWORK_COORDINATOR), null), TestMunicipality.PASSWORD);
        return username;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
