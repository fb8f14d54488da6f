package forum.api.venue;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.fields;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.postJson;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.eventstore.EventRelay;
import forum.api.commands.StoredEvents;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.meeting.ScheduleMeeting;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueIssueResolved;
import forum.core.venue.VenueRegistered;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenueApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Autowired
    CommandGateway commands;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate coordinator;
    TestRestTemplate licensing;
    TestRestTemplate member;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        licensing = home.as(http, Role.LICENSING_OFFICER);
        member = home.as(http, Role.FORUM_MEMBER);
    }

    static Map<String, Object> venue() {
        return new HashMap<>(Map.of("name", "Baren", "address", "Storgata 1", "licenceNumber", "SK-2026-7",
                "licenceHolder", "Baren AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-03"));
    }

    static Map<String, Object> issue() {
        return new HashMap<>(Map.of("category", "SERVING_MINORS",
                "observedAt", Instant.now().minus(Duration.ofHours(2)).toString(), "source", "POLICE",
                "description", "Servering til mindreårig", "severity", "HIGH"));
    }

    UUID registered() {
        return created(post(licensing, "/api/v1/venues", venue()));
    }

    @Test
    void aVenuesCaseFromIssueToLicensingDecision() {
        UUID venueId = registered();
        String path = "/api/v1/venues/" + venueId;

        UUID issueId = created(post(member, path + "/issues", issue()));
        noContent(post(licensing, path + "/issues/" + issueId + "/resolution", Map.of("resolution", "Opplæring")));
        UUID withdrawn = created(post(coordinator, path + "/recommendations",
                Map.of("kind", "WARNING", "rationale", "Gjentatte brudd", "issueIds", List.of(issueId))));
        noContent(post(coordinator, path + "/recommendations/" + withdrawn + "/revocation",
                Map.of("reason", "Nye opplysninger")));
        UUID recommendation = created(post(licensing, path + "/recommendations",
                Map.of("kind", "NO_ACTION", "rationale", "Forholdet er rettet")));
        created(post(licensing, path + "/licensing-decisions", Map.of("recommendationId", recommendation,
                "outcome", "NO_ACTION", "from", LocalDate.now().toString())));
        created(post(coordinator, path + "/licensing-decisions", Map.of("outcome", "SUSPENSION",
                "from", LocalDate.now().toString(), "to", LocalDate.now().plusDays(7).toString(),
                "authorityReference", "Sak 2026/42")));

        assertThat(StoredEvents.of(relay, venueId)).extracting(StoredEvents.Row::payloadType).containsExactly(
                VenueRegistered.class.getName(), VenueIssueRegistered.class.getName(),
                VenueIssueResolved.class.getName(), LicenceRecommendationIssued.class.getName(),
                LicenceRecommendationRevoked.class.getName(), LicenceRecommendationIssued.class.getName(),
                LicensingDecisionRecorded.class.getName(), LicensingDecisionRecorded.class.getName());
        assertThat(StoredEvents.of(relay, venueId)).extracting(StoredEvents.Row::tenantId)
                .containsOnly(home.tenantId().toString());
    }

    @Test
    void invalidFieldsAreNamed() {
        ResponseEntity<JsonNode> answer = post(licensing, "/api/v1/venues", Map.of("name", "x".repeat(201)));

        problem(answer, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(answer)).containsExactlyInAnyOrder("name", "address", "licenceNumber", "licenceHolder",
                "licenceKind", "servingHours");
    }

    @Test
    void unknownEnumValuesAndBrokenJsonAreBadRequests() {
        UUID venueId = registered();
        Map<String, Object> body = issue();
        body.put("category", "LOUD_MUSIC");

        problem(post(member, "/api/v1/venues/" + venueId + "/issues", body), HttpStatus.BAD_REQUEST,
                "malformed-body");
        problem(postJson(licensing, "/api/v1/venues", "{\"name\": }"), HttpStatus.BAD_REQUEST, "malformed-body");
        assertThat(StoredEvents.count(relay, venueId)).isEqualTo(1);
    }

    @Test
    void rulesOfTheCaseRefuseWithTheirCode() {
        UUID venueId = registered();
        String path = "/api/v1/venues/" + venueId;
        Map<String, Object> future = issue();
        future.put("observedAt", Instant.now().plus(Duration.ofDays(1)).toString());

        ResponseEntity<JsonNode> observedInFuture = post(member, path + "/issues", future);
        problem(observedInFuture, HttpStatus.BAD_REQUEST, "venue.issue-observed-in-future");
        assertThat(fields(observedInFuture)).containsExactly("observedAt");

        ResponseEntity<JsonNode> sanctionWithoutIssues = post(coordinator, path + "/recommendations",
                Map.of("kind", "REVOCATION", "rationale", "Ingen grunn"));
        problem(sanctionWithoutIssues, HttpStatus.BAD_REQUEST, "venue.recommendation-without-issues");

        ResponseEntity<JsonNode> decisionWithoutReference = post(licensing, path + "/licensing-decisions",
                Map.of("outcome", "WARNING", "from", LocalDate.now().toString()));
        problem(decisionWithoutReference, HttpStatus.BAD_REQUEST, "validation.required");
        assertThat(fields(decisionWithoutReference)).containsExactly("authorityReference");

        problem(post(licensing, path + "/recommendations/" + UUID.randomUUID() + "/revocation",
                Map.of("reason", "Finnes ikke")), HttpStatus.NOT_FOUND, "venue.unknown-recommendation");
        assertThat(StoredEvents.count(relay, venueId)).isEqualTo(1);
    }

    @Test
    void aRequestThatConflictsWithTheCaseAsItStandsAnswers409() {
        UUID venueId = registered();
        String path = "/api/v1/venues/" + venueId;
        UUID issueId = created(post(member, path + "/issues", issue()));
        UUID decided = created(post(licensing, path + "/recommendations",
                Map.of("kind", "WARNING", "rationale", "Gjentatte brudd", "issueIds", List.of(issueId))));
        created(post(licensing, path + "/licensing-decisions", Map.of("recommendationId", decided,
                "outcome", "WARNING", "from", LocalDate.now().toString())));
        noContent(post(licensing, path + "/issues/" + issueId + "/resolution", Map.of("resolution", "Opplæring")));

        ResponseEntity<JsonNode> revokeDecided = post(coordinator, path + "/recommendations/" + decided
                + "/revocation", Map.of("reason", "For sent"));
        problem(revokeDecided, HttpStatus.CONFLICT, "venue.recommendation-already-decided");
        assertThat(fields(revokeDecided)).containsExactly("recommendationId");
        problem(post(licensing, path + "/issues/" + issueId + "/resolution", Map.of("resolution", "Igjen")),
                HttpStatus.CONFLICT, "venue.issue-already-resolved");
        assertThat(StoredEvents.count(relay, venueId)).isEqualTo(5);
    }

    @Test
    void anEmptyStringForAnIdIsRefusedNamingTheFieldNotTakenAsNone() {
        UUID venueId = registered();

        ResponseEntity<JsonNode> answer = post(licensing, "/api/v1/venues/" + venueId + "/licensing-decisions",
                Map.of("recommendationId", "", "outcome", "NO_ACTION", "from", LocalDate.now().toString(),
                        "authorityReference", "Sak 2026/43"));

        problem(answer, HttpStatus.BAD_REQUEST, "malformed-body");
        assertThat(fields(answer)).containsExactly("recommendationId");
        assertThat(StoredEvents.count(relay, venueId)).isEqualTo(1);
    }

    @Test
    void wrongTypesAndUnknownEnumValuesNameTheField() {
        Map<String, Object> body = venue();
        body.put("licenceKind", "CASINO");

        ResponseEntity<JsonNode> answer = post(licensing, "/api/v1/venues", body);

        problem(answer, HttpStatus.BAD_REQUEST, "malformed-body");
        assertThat(fields(answer)).containsExactly("licenceKind");
        assertThat(answer.getBody().get("fields").get(0).get("message").asText()).contains("PERMANENT_PUBLIC");
    }

    @Test
    void rolesThatMayNotAreRefused() {
        UUID venueId = registered();
        UUID issueId = created(post(member, "/api/v1/venues/" + venueId + "/issues", issue()));
        String path = "/api/v1/venues/" + venueId;
        TestRestTemplate auditor = home.as(http, Role.AUDITOR);
        TestRestTemplate network = home.as(http, Role.NETWORK_COORDINATOR);
        TestRestTemplate operator = http.withBasicAuth(TestMunicipality.createOperator(accounts),
                TestMunicipality.PASSWORD);

        problem(post(member, "/api/v1/venues", venue()), HttpStatus.FORBIDDEN, "forbidden");
        problem(post(operator, "/api/v1/venues", venue()), HttpStatus.FORBIDDEN, "forbidden");
        problem(post(auditor, path + "/issues", issue()), HttpStatus.FORBIDDEN, "forbidden");
        problem(post(network, path + "/issues", issue()), HttpStatus.FORBIDDEN, "forbidden");
        problem(post(member, path + "/issues/" + issueId + "/resolution", Map.of("resolution", "Nei")),
                HttpStatus.FORBIDDEN, "forbidden");
        problem(post(member, path + "/recommendations", Map.of("kind", "NO_ACTION", "rationale", "Nei")),
                HttpStatus.FORBIDDEN, "forbidden");
        problem(post(auditor, path + "/recommendations/" + UUID.randomUUID() + "/revocation",
                Map.of("reason", "Nei")), HttpStatus.FORBIDDEN, "forbidden");
        problem(post(member, path + "/licensing-decisions", Map.of("outcome", "WARNING",
                "from", LocalDate.now().toString(), "authorityReference", "Sak 1")), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(StoredEvents.count(relay, venueId)).isEqualTo(2);
    }

    @Test
    void anotherMunicipalitysVenueAnswersLikeAMissingOne() {
        UUID venueId = registered();
        UUID issueId = created(post(member, "/api/v1/venues/" + venueId + "/issues", issue()));
        UUID recommendation = created(post(licensing, "/api/v1/venues/" + venueId + "/recommendations",
                Map.of("kind", "WARNING", "rationale", "Brudd", "issueIds", List.of(issueId))));
        TestRestTemplate stranger = other.as(http, Role.COORDINATOR);
        String path = "/api/v1/venues/" + venueId;

        problem(post(stranger, path + "/issues", issue()), HttpStatus.NOT_FOUND, "not-found");
        problem(post(stranger, path + "/issues/" + issueId + "/resolution", Map.of("resolution", "x")),
                HttpStatus.NOT_FOUND, "not-found");
        problem(post(stranger, path + "/recommendations", Map.of("kind", "NO_ACTION", "rationale", "x")),
                HttpStatus.NOT_FOUND, "not-found");
        problem(post(stranger, path + "/recommendations/" + recommendation + "/revocation", Map.of("reason", "x")),
                HttpStatus.NOT_FOUND, "not-found");
        problem(post(stranger, path + "/licensing-decisions", Map.of("recommendationId", recommendation,
                "outcome", "REVOCATION", "from", LocalDate.now().toString())), HttpStatus.NOT_FOUND, "not-found");
        problem(post(stranger, "/api/v1/venues/" + UUID.randomUUID() + "/issues", issue()), HttpStatus.NOT_FOUND,
                "not-found");
        assertThat(StoredEvents.count(relay, venueId)).isEqualTo(3);
    }

    @Test
    void aRecommendationCannotNameAnotherMunicipalitysMeeting() {
        UUID forum = UUID.randomUUID();
        UUID theirMeeting = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(other.tenantId(), forum, "Deres forum", ForumMethod.OTHER, 4));
        commands.sendAndWait(new ScheduleMeeting(other.tenantId(), theirMeeting, forum,
                Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES), Duration.ofHours(1),
                "Rådhuset", List.of("Status")));
        UUID venueId = registered();
        UUID issueId = created(post(member, "/api/v1/venues/" + venueId + "/issues", issue()));

        problem(post(coordinator, "/api/v1/venues/" + venueId + "/recommendations", Map.of("kind", "WARNING",
                "rationale", "Brudd", "issueIds", List.of(issueId), "meetingId", theirMeeting)),
                HttpStatus.NOT_FOUND, "venue.unknown-meeting");
        assertThat(StoredEvents.count(relay, venueId)).isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRegistersOneIssue() {
        UUID venueId = registered();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = issue();

        UUID first = created(post(member, "/api/v1/venues/" + venueId + "/issues", body, key));
        UUID retry = created(post(member, "/api/v1/venues/" + venueId + "/issues", body, key));

        assertThat(retry).isEqualTo(first);
        assertThat(StoredEvents.count(relay, venueId, VenueIssueRegistered.class)).isEqualTo(1);
    }
}
