package forum.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operational data (metrics, the Prometheus scrape, info, health's details) for the operator and the scraper only;
 * health's status and the probes for everyone, without signing in.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorAccessIT {

    private static final String[] OPERATIONAL_DATA = {"/actuator/metrics",
            "/actuator/metrics/forum.consumer.records.behind", "/actuator/prometheus", "/actuator/info"};

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    UUID tenant;

    @BeforeAll
    void signUpAMunicipality() {
        tenant = SignUps.signUp(http).tenantId();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheOperatorReadsMetricsAndThePrometheusScrape(Role role) throws Exception {
        TestRestTemplate signedIn = signedInWith(role);

        for (String path : OPERATIONAL_DATA) {
            ResponseEntity<String> answer = signedIn.getForEntity(path, String.class);
            if (role == Role.OPERATOR) {
                assertThat(answer.getStatusCode()).as("%s for %s", path, role).isEqualTo(HttpStatus.OK);
            } else {
                assertProblem(answer, HttpStatus.FORBIDDEN, "forbidden", path + " for " + role);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheOperatorSeesHealthDetailsWhileEveryoneSeesTheStatus(Role role) {
        TestRestTemplate signedIn = signedInWith(role);

        for (String path : new String[] {"/actuator/health", "/actuator/health/db", "/actuator/health/kafka"}) {
            ResponseEntity<JsonNode> health = signedIn.getForEntity(path, JsonNode.class);

            assertThat(health.getStatusCode()).as("%s for %s", path, role).isEqualTo(HttpStatus.OK);
            assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
            assertThat(hasDetails(health.getBody())).as("details of %s for %s", path, role)
                    .isEqualTo(role == Role.OPERATOR);
        }
    }

    @Test
    void theScrapeCredentialReadsMetricsThePrometheusScrapeAndHealthDetails() {
        TestRestTemplate scraper = http.withBasicAuth(ForumIntegrationTest.SCRAPER,
                ForumIntegrationTest.SCRAPE_PASSWORD);

        for (String path : OPERATIONAL_DATA) {
            assertThat(scraper.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
        assertThat(scraper.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("# TYPE forum_publisher_events_behind gauge");
        assertThat(hasDetails(scraper.getForEntity("/actuator/health", JsonNode.class).getBody())).isTrue();
    }

    @Test
    void theScrapeCredentialOpensNothingButTheActuator() throws Exception {
        ResponseEntity<String> api = http.withBasicAuth(ForumIntegrationTest.SCRAPER,
                ForumIntegrationTest.SCRAPE_PASSWORD).getForEntity("/api/v1/municipality", String.class);

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthAndTheProbesAnswerWithoutSigningIn() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            ResponseEntity<JsonNode> health = http.getForEntity(path, JsonNode.class);

            assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(health.getBody().get("status").asText()).as(path).isEqualTo("UP");
            assertThat(hasDetails(health.getBody())).as(path).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/metrics", "/actuator/prometheus", "/actuator/info"})
    void operationalDataWithoutSigningInIs401AsAProblem(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);

        assertProblem(answer, HttpStatus.UNAUTHORIZED, "unauthenticated", path);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @ParameterizedTest
    @ValueSource(strings = {ForumIntegrationTest.SCRAPER, "nobody@forum.example"})
    void aWrongPasswordIs401AsAProblem(String username) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth(username, "not the password at all")
                .getForEntity("/actuator/prometheus", String.class);

        assertProblem(answer, HttpStatus.UNAUTHORIZED, "unauthenticated", username);
    }

    private TestRestTemplate signedInWith(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@forum.example";
        UUID tenantOf = role == Role.OPERATOR || role == Role.NETWORK_COORDINATOR ? null : tenant;
        UUID network = role == Role.NETWORK_COORDINATOR ? UUID.randomUUID() : null;
        accounts.create(new UserAccounts.NewAccount(tenantOf, network, username, "Olle Omnirolle", EnumSet.of(role),
                null), SignUps.PASSWORD);
        return http.withBasicAuth(username, SignUps.PASSWORD);
    }

    /** Details of the whole (under its components) or of one component. */
    private static boolean hasDetails(JsonNode health) {
        return health.has("details") || health.findValue("details") != null;
    }

    private void assertProblem(ResponseEntity<String> answer, HttpStatus status, String code, String what)
            throws Exception {
        assertThat(answer.getStatusCode()).as(what).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).as(what)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(answer.getBody()).get("code").asText()).as(what).isEqualTo(code);
    }
}
