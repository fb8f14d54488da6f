package forum.api.sanction;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.fields;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;

/** The sanction rules beside a venue's case, per country, for those who may read them and no one else. */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SanctionApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality norway;
    TestMunicipality otherNorway;

    @BeforeAll
    void signUp() {
        norway = TestMunicipality.signUp(http, accounts);
        otherNorway = TestMunicipality.signUp(http, accounts);
    }

    private static Map<String, Object> venue(String name) {
        return Map.of("name", name, "address", "Storgata 1", "licenceNumber", "SK-2026-" + name.length(),
                "licenceHolder", "Drift AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-03");
    }

    private static UUID issue(TestRestTemplate as, UUID venueId, String category) {
        return created(post(as, "/api/v1/venues/" + venueId + "/issues", Map.of("category", category,
                "observedAt", Instant.now().minus(Duration.ofHours(2)).toString(), "source", "POLICE",
                "description", "Observert av politiet", "severity", "HIGH")));
    }

    private static Map<String, Object> decision(String outcome, String breachType, LocalDate committedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", outcome, "from", TODAY.toString(),
                "authorityReference", "SAK " + UUID.randomUUID().toString().substring(0, 6)));
        if (breachType != null) {
            body.put("breachType", breachType);
            body.put("breachCommittedOn", committedOn.toString());
        }
        return body;
    }

    private static ResponseEntity<JsonNode> read(TestRestTemplate as, UUID venueId) {
        return as.getForEntity("/api/v1/venues/" + venueId + "/sanction-rules", JsonNode.class);
    }

    @Test
    void aNorwegianVenueShowsItsPointsAndWhatANewBreachWouldBring() {
        TestRestTemplate licensing = norway.as(http, Role.LICENSING_OFFICER);
        UUID venueId = created(post(licensing, "/api/v1/venues", venue("Kaia Pub")));
        String decisions = "/api/v1/venues/" + venueId + "/licensing-decisions";
        created(post(licensing, decisions, decision("WARNING", "minors", TODAY.minusDays(30))));
        created(post(licensing, decisions, decision("WARNING", "intoxicated", TODAY.minusYears(2).minusDays(1))));
        created(post(licensing, decisions, decision("NO_ACTION", null, null)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode points = read(norway.as(http, Role.COORDINATOR), venueId).getBody().get("penaltyPoints");
            assertThat(points.get("points").asInt()).isEqualTo(8);
        });
        JsonNode view = read(licensing, venueId).getBody();
        assertThat(view.get("country").asText()).isEqualTo("NO");
        assertThat(view.get("ruleSource").asText()).contains("FOR-2005-06-08-538");
        JsonNode points = view.get("penaltyPoints");
        assertThat(points.get("withdrawalDays").asInt()).isZero();
        assertThat(points.get("breaches")).hasSize(1);
        JsonNode counted = points.get("breaches").get(0);
        assertThat(counted.get("breach").get("breachType").asText()).isEqualTo("minors");
        assertThat(counted.get("fallsOutOn").asText()).isEqualTo(TODAY.minusDays(30).plusYears(2).toString());
        assertThat(points.get("prospects")).anySatisfy(prospect -> {
            assertThat(prospect.get("breachType").asText()).isEqualTo("intoxicated");
            assertThat(prospect.get("pointsAfter").asInt()).isEqualTo(12);
            assertThat(prospect.get("withdrawalDaysAfter").asInt()).isEqualTo(7);
        });
        assertThat(view.get("statutorySanctions")).isEmpty();
        assertThat(view.get("ownPractice").isNull()).isTrue();
    }

    @Test
    void aBreachTypeTheRulesDoNotKnowIsRefusedWithItsField() {
        TestRestTemplate licensing = norway.as(http, Role.LICENSING_OFFICER);
        UUID venueId = created(post(licensing, "/api/v1/venues", venue("Bryggen")));

        ResponseEntity<JsonNode> answer = post(licensing, "/api/v1/venues/" + venueId + "/licensing-decisions",
                decision("WARNING", "loud-music", TODAY.minusDays(3)));

        problem(answer, HttpStatus.BAD_REQUEST, "venue.unknown-breach-type");
        assertThat(fields(answer)).containsExactly("breachType");
    }

    @Test
    void onlyCoordinatorsAndLicensingOfficersReadIt() {
        UUID venueId = created(post(norway.as(http, Role.LICENSING_OFFICER), "/api/v1/venues", venue("Torget")));

        assertThat(read(norway.as(http, Role.FORUM_MEMBER), venueId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read(norway.as(http, Role.AUDITOR), venueId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read(norway.as(http, Role.NETWORK_COORDINATOR), venueId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/venues/" + venueId + "/sanction-rules", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anotherMunicipalitysVenueIsNotFound() {
        UUID venueId = created(post(norway.as(http, Role.LICENSING_OFFICER), "/api/v1/venues", venue("Sjøboden")));

        assertThat(read(otherNorway.as(http, Role.COORDINATOR), venueId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(read(otherNorway.as(http, Role.LICENSING_OFFICER), venueId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(norway.as(http, Role.COORDINATOR).getForEntity("/api/v1/venues/" + venueId
                + "/sanction-rules?recommendationId=" + UUID.randomUUID(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSwedishVenueShowsTheSanctionsOfTheAlcoholActAndItsEarlierOnes() {
        TestRestTemplate coordinator = SignUps.signUp(http, "SE", "Sanktionsby kommun", "Sam Samordnare").as(http);
        UUID venueId = created(post(coordinator, "/api/v1/venues", venue("Krogen")));
        created(post(coordinator, "/api/v1/venues/" + venueId + "/licensing-decisions",
                decision("WARNING", null, null)));

        JsonNode view = read(coordinator, venueId).getBody();

        assertThat(view.get("country").asText()).isEqualTo("SE");
        assertThat(view.get("statutorySanctions")).extracting(s -> s.get("outcome").asText())
                .containsExactly("REMARK", "WARNING", "REVOCATION");
        assertThat(view.get("statutorySanctions").get(2).get("ground").asText()).startsWith("9 kap. 17 §");
        assertThat(view.get("earlierSanctions")).extracting(s -> s.get("outcome").asText())
                .containsExactly("WARNING");
        assertThat(view.get("penaltyPoints").isNull()).isTrue();
    }

    @Test
    void aDanishVenueShowsTheMunicipalitysDecisionsOnIssuesOfTheSameCategory() {
        TestRestTemplate coordinator = SignUps.signUp(http, "DK", "Praksis Kommune", "Mette Tovholder").as(http);
        UUID earlier = created(post(coordinator, "/api/v1/venues", venue("Kroen")));
        UUID earlierRecommendation = created(post(coordinator, "/api/v1/venues/" + earlier + "/recommendations",
                Map.of("kind", "WARNING", "rationale", "Gentagne brud",
                        "issueIds", List.of(issue(coordinator, earlier, "SERVING_MINORS")))));
        created(post(coordinator, "/api/v1/venues/" + earlier + "/licensing-decisions", Map.of(
                "recommendationId", earlierRecommendation, "outcome", "WARNING", "from", TODAY.toString())));
        UUID unrelated = created(post(coordinator, "/api/v1/venues", venue("Baren")));
        UUID violence = created(post(coordinator, "/api/v1/venues/" + unrelated + "/recommendations",
                Map.of("kind", "SUSPENSION", "rationale", "Vold", "issueIds",
                        List.of(issue(coordinator, unrelated, "VIOLENCE")))));
        created(post(coordinator, "/api/v1/venues/" + unrelated + "/licensing-decisions", Map.of(
                "recommendationId", violence, "outcome", "REVOCATION", "from", TODAY.toString())));
        UUID venueId = created(post(coordinator, "/api/v1/venues", venue("Hjørnet")));
        UUID recommendation = created(post(coordinator, "/api/v1/venues/" + venueId + "/recommendations",
                Map.of("kind", "WARNING", "rationale", "Udskænkning til mindreårige",
                        "issueIds", List.of(issue(coordinator, venueId, "SERVING_MINORS")))));

        JsonNode practice = coordinator.getForEntity("/api/v1/venues/" + venueId + "/sanction-rules?recommendationId="
                + recommendation, JsonNode.class).getBody().get("ownPractice");

        assertThat(practice.get("categories")).extracting(JsonNode::asText).containsExactly("SERVING_MINORS");
        assertThat(practice.get("outcomeCounts").get("WARNING").asInt()).isEqualTo(1);
        assertThat(practice.get("outcomeCounts").has("REVOCATION")).isFalse();
        assertThat(practice.get("latest")).hasSize(1);
        assertThat(practice.get("latest").get(0).get("venueName").asText()).isEqualTo("Kroen");
    }
}
