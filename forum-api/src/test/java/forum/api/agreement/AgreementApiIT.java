package forum.api.agreement;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate coordinator;
    TestRestTemplate member;
    TestRestTemplate otherCoordinator;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        member = home.as(http, Role.FORUM_MEMBER);
        otherCoordinator = other.as(http, Role.COORDINATOR);
    }

    private static UUID venue(TestRestTemplate as, String name) {
        return created(post(as, "/api/v1/venues", Map.of("name", name, "address", name + " gate 1",
                "licenceNumber", "SK-" + UUID.randomUUID(), "licenceHolder", "Ola Nordmann",
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-03")));
    }

    private static Map<String, Object> agreement(int staff) {
        return Map.of("method", "ACTION_PLAN_GROUP", "signedOn", LocalDate.now().minusDays(10).toString(),
                "signedForVenue", "Kari Signatar", "signedForMunicipality", "Per Kommune",
                "commitments", List.of("NO_SERVING_MINORS", "STAFF_TRAINING"), "staffCount", staff);
    }

    private static Map<String, Object> training(int staff) {
        return Map.of("kind", "RESPONSIBLE_HOSTING", "provider", "Kommunen",
                "trainedOn", LocalDate.now().minusDays(5).toString(), "staffTrained", staff);
    }

    private JsonNode membership(TestRestTemplate as, UUID venueId, String expectedStatus) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> as.getForEntity("/api/v1/venues/" + venueId + "/membership", JsonNode.class),
                answer -> answer.getStatusCode().value() == 200 && expectedStatus.equals(
                        answer.getBody().path("standing").path("assessment").path("status").asText())).getBody();
    }

    @Test
    void anAgreementAndTrainedStaffMakeAMemberAndEachConditionIsShown() {
        UUID venueId = venue(coordinator, "Brygga");
        String path = "/api/v1/venues/" + venueId;
        created(post(coordinator, path + "/agreements", agreement(4)));
        JsonNode joining = membership(coordinator, venueId, "JOINING");
        assertThat(joining.path("standing").path("assessment").path("agreementInForce").asBoolean()).isTrue();
        assertThat(joining.path("standing").path("assessment").path("trainingCovered").asBoolean()).isFalse();

        created(post(coordinator, path + "/trainings", training(4)));
        JsonNode green = membership(coordinator, venueId, "MEMBER");
        assertThat(green.path("agreements").get(0).path("signedForVenue").asText()).isEqualTo("Kari Signatar");
        assertThat(green.path("trainings").get(0).path("valid").asBoolean()).isTrue();

        JsonNode asMember = membership(member, venueId, "MEMBER");
        assertThat(asMember.path("agreements").get(0).path("signedForVenue").isNull()).isTrue();
        assertThat(asMember.toString()).doesNotContain("Kari Signatar", "Per Kommune");
    }

    @Test
    void endingTheAgreementEndsTheMembership() {
        UUID venueId = venue(coordinator, "Kaia");
        String path = "/api/v1/venues/" + venueId;
        created(post(coordinator, path + "/agreements", agreement(2)));
        membership(coordinator, venueId, "JOINING");

        noContent(post(coordinator, path + "/agreement/ending", Map.of("endedOn", LocalDate.now().toString(),
                "reason", "VENUE_WITHDREW")));

        membership(coordinator, venueId, "NOT_MEMBER");
        problem(post(coordinator, path + "/agreement/renewal", Map.of("renewedOn", LocalDate.now().toString(),
                "staffCount", 2)), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void refusalsNameTheRuleAndTheField() {
        UUID venueId = venue(coordinator, "Torget");
        String path = "/api/v1/venues/" + venueId;
        problem(post(coordinator, path + "/agreements", Map.of("method", "ACTION_PLAN_GROUP",
                "signedOn", LocalDate.now().toString(), "signedForVenue", "Kari", "signedForMunicipality", "Per",
                "commitments", List.of("RANDOM_DRUG_TESTS"), "staffCount", 3)),
                HttpStatus.BAD_REQUEST, "agreement.commitment-not-in-method");
        created(post(coordinator, path + "/agreements", agreement(3)));
        membership(coordinator, venueId, "JOINING");
        problem(post(coordinator, path + "/agreement/renewal", Map.of("renewedOn", LocalDate.now().toString(),
                "staffCount", 3)), HttpStatus.BAD_REQUEST, "agreement.renewal-not-yet-due");
    }

    @Test
    void onlyTheCoordinatorSignsAndAnotherMunicipalitysVenueIsNotFound() {
        UUID venueId = venue(coordinator, "Sjøboden");
        String path = "/api/v1/venues/" + venueId;
        assertThat(post(member, path + "/agreements", agreement(3)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        problem(post(otherCoordinator, path + "/agreements", agreement(3)), HttpStatus.NOT_FOUND,
                "agreement.unknown-venue");
        assertThat(otherCoordinator.getForEntity(path + "/membership", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void renewalsDueAreListedWithinTheDaysAsked() {
        UUID venueId = venue(coordinator, "Fyret");
        created(post(coordinator, "/api/v1/venues/" + venueId + "/agreements", agreement(3)));
        membership(coordinator, venueId, "JOINING");

        assertThat(coordinator.getForEntity("/api/v1/agreement-renewals?withinDays=30", JsonNode.class).getBody()
                .toString()).doesNotContain(venueId.toString());
        assertThat(coordinator.getForEntity("/api/v1/agreement-renewals?withinDays=366", JsonNode.class).getBody()
                .toString()).contains(venueId.toString(), "Fyret");
    }

    @Test
    void thePublicListShowsNamesAndAddressesOfTheMunicipalitysMembersOnlyWithoutSignIn() {
        UUID ours = venue(coordinator, "Havna");
        UUID theirs = venue(otherCoordinator, "Fremmed Bar");
        created(post(coordinator, "/api/v1/venues/" + ours + "/issues", Map.of("category", "SERVING_MINORS",
                "observedAt", Instant.now().minus(Duration.ofHours(2)).toString(), "source", "POLICE",
                "description", "Hemmelig hendelse", "severity", "LOW")));
        created(post(coordinator, "/api/v1/venues/" + ours + "/agreements", agreement(2)));
        created(post(otherCoordinator, "/api/v1/venues/" + theirs + "/agreements", agreement(2)));
        membership(coordinator, ours, "JOINING");
        String key = coordinator.getForEntity("/api/v1/municipality", JsonNode.class).getBody()
                .path("municipalityKey").asText();

        TestRestTemplate anonymous = http;
        ResponseEntity<String> listed = await().atMost(Duration.ofSeconds(20)).until(
                () -> anonymous.getForEntity("/public/" + key + "/venues.json", String.class),
                answer -> answer.getStatusCode().is2xxSuccessful() && answer.getBody().contains("Havna"));
        assertThat(listed.getBody()).contains("Havna gate 1", "JOINING")
                .doesNotContain("Fremmed Bar", "Kari Signatar", "Per Kommune", "Ola Nordmann", "Hemmelig",
                        ours.toString(), "SERVING_MINORS");

        ResponseEntity<String> page = anonymous.getForEntity("/public/" + key + "/venues", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Havna").doesNotContain("Fremmed Bar", "Kari Signatar", "Hemmelig");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        ResponseEntity<String> embed = anonymous.getForEntity("/public/" + key + "/venues/embed", String.class);
        assertThat(embed.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("frame-ancestors *");
        assertThat(embed.getHeaders().get("X-Frame-Options")).isNull();
        assertThat(anonymous.getForEntity("/public/SE-0000/venues.json", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
