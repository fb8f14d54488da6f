package forum.api.network;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.eventstore.EventRelay;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;
import forum.core.network.NetworkCreated;

/**
 * The operator's pages over HTTP: no role of a municipality opens them, nor sends their forms; the register of
 * municipalities names no person and no contact; a network without a name is refused and creates nothing.
 */
@ForumIntegrationTest
class OperatorPagesIT {

    private static final List<Role> NOT_THE_OPERATOR = List.of(Role.COORDINATOR, Role.LICENSING_OFFICER,
            Role.FORUM_MEMBER, Role.AUDITOR, Role.NETWORK_COORDINATOR);

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    private PageClient pages;
    private TestMunicipality municipality;
    private String operator;

    @BeforeEach
    void aMunicipalityAndTheOperator() {
        pages = new PageClient(port);
        municipality = TestMunicipality.signUp(http, accounts);
        operator = TestMunicipality.createOperator(accounts);
    }

    @Test
    void everyOperatorPageIsTheRefusalPageForEveryOtherRole() throws Exception {
        UUID network = Api.created(Api.post(http.withBasicAuth(operator, TestMunicipality.PASSWORD),
                "/api/v1/networks", Map.of("name", "Trygg natt " + UUID.randomUUID(), "country", "NO")));
        List<String> paths = List.of("/operator", "/operator/networks", "/operator/networks/" + network,
                "/operator/health");
        long networksBefore = networksCreated();
        for (Role role : NOT_THE_OPERATOR) {
            String session = pages.signIn(municipality.usernames().get(role), TestMunicipality.PASSWORD);
            HttpResponse<String> start = pages.landing(session);
            assertThat(start.body()).as("%s has no link to the operator's pages", role)
                    .doesNotContain("href=\"/operator");
            for (String path : paths) {
                HttpResponse<String> refused = pages.send(pages.get(path, session));
                assertThat(refused.statusCode()).as("%s opening %s", role, path).isEqualTo(403);
                assertThat(refused.body()).as("%s opening %s", role, path)
                        .contains("<h1>Du har ikke tilgang til denne siden</h1>");
            }
            String token = "&_csrf=" + encode(csrf(start.body()));
            assertThat(pages.send(pages.form("/operator/networks", session, "name=Ulovlig&country=NO" + token))
                    .statusCode()).as("%s creating a network", role).isEqualTo(403);
            assertThat(pages.send(pages.form("/operator/networks/" + network + "/coordinators", session,
                    "name=Ola&email=ola-" + UUID.randomUUID() + "@example.no" + token)).statusCode())
                    .as("%s granting a network coordinator", role).isEqualTo(403);
        }
        assertThat(networksCreated()).isEqualTo(networksBefore);
        // The operator belongs to no municipality: the pages speak English unless the browser asks otherwise.
        String session = pages.signIn(operator, TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/operator/networks/" + network, session)).body())
                .contains("No coordinator has been invited yet.", "No members yet")
                .doesNotContain("<td>Ola</td>");
    }

    @Test
    void theRegisterShowsTheMunicipalityButNoPersonAndNoContact() throws Exception {
        String name = "Træna " + UUID.randomUUID().toString().substring(0, 8);
        SignUps.Tenant traena = SignUps.signUp(http, "NO", name, "Kari Koordinator");
        String session = pages.signIn(operator, TestMunicipality.PASSWORD);

        HttpResponse<String> register = await().atMost(Duration.ofSeconds(20))
                .until(() -> pages.send(pages.get("/operator", session)), page -> page.body().contains(name));

        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("<th scope=\"row\">" + name + "</th>", "Norway")
                .doesNotContain("Kari Koordinator", traena.coordinator(),
                        traena.coordinator().substring(0, traena.coordinator().indexOf('@')));
        for (String username : municipality.usernames().values()) {
            assertThat(register.body()).doesNotContain(username, username.substring(0, username.indexOf('@')));
        }
        for (Role role : NOT_THE_OPERATOR) {
            assertThat(register.body()).doesNotContain("Test " + role);
        }
    }

    @Test
    void aNetworkWithoutANameIsRefusedAtItsFieldAndCreatesNothing() throws Exception {
        String session = pages.signIn(operator, TestMunicipality.PASSWORD);
        HttpResponse<String> page = pages.send(pages.get("/operator/networks", session));
        long before = networksCreated();

        HttpResponse<String> refused = pages.send(pages.form("/operator/networks", session,
                "name=+&country=NO&_csrf=" + encode(csrf(page.body()))));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"name-error\"", "aria-invalid=\"true\"");
        assertThat(networksCreated()).isEqualTo(before);
    }

    private long networksCreated() {
        return relay.jdbc().sql("select count(*) from domain_event_entry where payload_type = :type")
                .param("type", NetworkCreated.class.getName()).query(Long.class).single();
    }
}
