package forum.api.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * A client reads what it has just written, although the read models are filled through Kafka: a write answers
 * with its position, and a read naming it, or any read of the same user right after, waits until the
 * projections have applied it.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesIT {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PositionTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    TestMunicipality home;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
    }

    @Test
    void newCoordinatorReadsTheMunicipalityRightAfterSigningUp() throws Exception {
        String email = "coordinator-" + UUID.randomUUID() + "@example.dk";
        String name = "Læsby " + email.substring(12, 20);
        try (ProjectionsHeldBack lagging = ProjectionsHeldBack.on(jdbc, transaction, "municipality_profile")) {
            ResponseEntity<JsonNode> created = signUp(name, email);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(created.getHeaders().getFirst(ReadYourWrites.POSITION)).isNotBlank();

            ResponseEntity<JsonNode> profile = lagging.readThatWaits(() ->
                    http.withBasicAuth(email, PASSWORD).getForEntity("/api/v1/municipality", JsonNode.class));

            assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(profile.getBody().get("name").asText()).isEqualTo(name);
            assertThat(profile.getHeaders().containsKey(ReadYourWrites.PENDING)).isFalse();
        }
    }

    @Test
    void venueIsReadByAnotherUserNamingTheWritesPosition() throws Exception {
        try (ProjectionsHeldBack lagging = ProjectionsHeldBack.on(jdbc, transaction, "venue")) {
            ResponseEntity<JsonNode> registered = registerVenue("Baren");
            UUID venueId = Api.created(registered);
            String position = registered.getHeaders().getFirst(ReadYourWrites.POSITION);
            assertThat(position).isNotBlank();

            ResponseEntity<JsonNode> file = lagging.readThatWaits(() ->
                    get(home.as(http, Role.LICENSING_OFFICER), "/api/v1/venues/" + venueId, position));

            assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(file.getBody().at("/summary/name").asText()).isEqualTo("Baren");
            assertThat(file.getHeaders().containsKey(ReadYourWrites.PENDING)).isFalse();
        }
    }

    @Test
    void venueIsReadByItsWriterWithoutNamingThePosition() throws Exception {
        try (ProjectionsHeldBack lagging = ProjectionsHeldBack.on(jdbc, transaction, "venue")) {
            UUID venueId = Api.created(registerVenue("Klubben"));

            ResponseEntity<JsonNode> file = lagging.readThatWaits(() ->
                    get(home.as(http, Role.COORDINATOR), "/api/v1/venues/" + venueId, null));

            assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(file.getBody().at("/summary/name").asText()).isEqualTo("Klubben");
        }
    }

    @Test
    void forumEstablishedWithAnIdempotencyKeyIsReadNamingItsPositionWhichItsReplayLacks() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> forum = Map.of("name", "Trygg natt", "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4);
        try (ProjectionsHeldBack lagging = ProjectionsHeldBack.on(jdbc, transaction, "forum")) {
            ResponseEntity<JsonNode> established = Api.post(home.as(http, Role.COORDINATOR), "/api/v1/forums", forum,
                    key);
            UUID forumId = Api.created(established);
            String position = established.getHeaders().getFirst(ReadYourWrites.POSITION);
            assertThat(position).isNotBlank();

            ResponseEntity<JsonNode> read = lagging.readThatWaits(() ->
                    get(home.as(http, Role.FORUM_MEMBER), "/api/v1/forums/" + forumId, position));

            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody().get("name").asText()).isEqualTo("Trygg natt");
        }
        ResponseEntity<JsonNode> replayed = Api.post(home.as(http, Role.COORDINATOR), "/api/v1/forums", forum, key);
        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.getHeaders().containsKey(ReadYourWrites.POSITION)).isFalse();
    }

    @Test
    void readNamingAPositionNotAppliedInTimeAnswersWithinTheBoundAsPending() {
        String never = tokens.encode(Position.of("no-such-aggregate-" + UUID.randomUUID(), 7));

        long started = System.nanoTime();
        ResponseEntity<JsonNode> venues = get(home.as(http, Role.LICENSING_OFFICER), "/api/v1/venues", never);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(venues.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(venues.getHeaders().getFirst(ReadYourWrites.PENDING)).isEqualTo("true");
        assertThat(took).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(8));
    }

    @Test
    void forgedOrMalformedPositionIsRefused() {
        String forged = PositionTokens.withSecret("another instance's secret")
                .encode(Position.of("no-such-aggregate", 1));
        for (String position : new String[] {forged, "not a position"}) {
            ResponseEntity<JsonNode> answer = get(home.as(http, Role.LICENSING_OFFICER), "/api/v1/venues", position);

            Api.problem(answer, HttpStatus.BAD_REQUEST, "position-invalid");
        }
    }

    @Test
    void readWithNothingPendingAnswersWithoutThePendingHeader() {
        ResponseEntity<JsonNode> venues = get(home.as(http, Role.FORUM_MEMBER), "/api/v1/venues", null);

        assertThat(venues.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(venues.getHeaders().containsKey(ReadYourWrites.PENDING)).isFalse();
    }

    @Test
    void theApiDocumentSaysWhichAnswersCarryAPositionAndWhichReadsAwaitOne() {
        OpenAPI document = new OpenAPIV3Parser().readContents(http.getForObject("/v3/api-docs", String.class))
                .getOpenAPI();

        Operation register = document.getPaths().get("/api/v1/venues").getPost();
        assertThat(successes(register)).isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.getHeaders()).containsKey(ReadYourWrites.POSITION));
        Operation own = document.getPaths().get("/api/v1/municipality").getGet();
        assertThat(own.getParameters())
                .filteredOn(parameter -> ReadYourWrites.AWAIT_POSITION.equals(parameter.getName())).singleElement().satisfies(parameter -> assertThat(parameter.getIn()).isEqualTo("header"));
        assertThat(successes(own)).isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.getHeaders()).containsKey(ReadYourWrites.PENDING));
    }

    private static List<ApiResponse> successes(Operation operation) {
        return operation.getResponses().entrySet().stream().filter(answer -> answer.getKey().startsWith("2"))
                .map(Map.Entry::getValue).toList();
    }

    private ResponseEntity<JsonNode> registerVenue(String name) {
        return Api.post(home.as(http, Role.COORDINATOR), "/api/v1/venues", Map.of("name", name,
                "address", "Storgata 1", "licenceNumber", "SK-2026-7", "licenceHolder", name + " AS",
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-03"));
    }

    private ResponseEntity<JsonNode> signUp(String name, String email) {
        ResponseEntity<JsonNode> created;
        int attempts = 0;
        do { // a code drawn before in this JVM's database is taken
            String code = String.format("%03d", ThreadLocalRandom.current().nextInt(100, 1000));
            created = http.postForEntity("/api/v1/municipalities", Map.of("name", name, "country", "DK",
                    "officialCode", code, "coordinatorName", "Lise Læser", "coordinatorEmail", email,
                    "coordinatorPassword", PASSWORD), JsonNode.class);
        } while (created.getStatusCode() == HttpStatus.CONFLICT && ++attempts < 20);
        return created;
    }

    private static ResponseEntity<JsonNode> get(TestRestTemplate as, String path, String position) {
        HttpHeaders headers = new HttpHeaders();
        if (position != null) {
            headers.set(ReadYourWrites.AWAIT_POSITION, position);
        }
        return as.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
