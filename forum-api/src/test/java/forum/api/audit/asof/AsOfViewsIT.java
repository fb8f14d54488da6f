package forum.api.audit.asof;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.shared.PersonalData;

/**
 * A case built through the API step by step, each step's instant noted: the as-of views at each instant hold what
 * was true then and nothing later, read from the event store; an erased member reads as erased in the past too.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AsOfViewsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate coordinator;
    TestRestTemplate auditor;
    UUID forumId;
    UUID memberId;
    UUID meetingId;
    UUID venueId;
    UUID issueId;
    UUID recommendationId;
    /** before[i]: an instant before step i; after the last step, {@code before.length - 1}. */
    final Instant[] before = new Instant[14];

    @BeforeAll
    void aCaseStepByStep() throws InterruptedException {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        auditor = home.as(http, Role.AUDITOR);
        String forums = "/api/v1/forums";
        mark(0);
        forumId = created(post(coordinator, forums, Map.of("name", "Trygt uteliv", "method", "NIGHTLIFE_SAFETY",
                "meetingsPerYear", 4)));
        mark(1);
        memberId = created(post(coordinator, forums + "/" + forumId + "/members", Map.of("personName", "Pia Politi",
                "email", "pia@politi.example", "organisation", "Politiet", "role", "POLICE")));
        mark(2);
        noContent(post(coordinator, forums + "/" + forumId + "/coordinator", Map.of("memberId", memberId)));
        mark(3);
        Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        meetingId = created(post(coordinator, "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", startsAt.toString(), "duration", "PT1H", "location", "Rådhuset",
                "agenda", List.of("Status", "Bar Nord"))));
        mark(4);
        String venue = "/api/v1/venues";
        venueId = created(post(coordinator, venue, Map.of("name", "Bar Nord", "address", "Storgata 1",
                "licenceNumber", "LIC-77", "licenceHolder", "Nord AS", "licenceKind", "PERMANENT_PUBLIC",
                "servingHours", "11-02")));
        venue += "/" + venueId;
        mark(5);
        issueId = created(post(coordinator, venue + "/issues", Map.of("category", "SERVING_MINORS",
                "observedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "source", "POLICE",
                "description", "Servering til mindreårig", "severity", "HIGH")));
        mark(6);
        recommendationId = created(post(coordinator, venue + "/recommendations", Map.of("kind", "SUSPENSION",
                "rationale", "Gjentatte brudd", "issueIds", List.of(issueId), "meetingId", meetingId)));
        mark(7);
        created(post(coordinator, venue + "/licensing-decisions", Map.of("recommendationId", recommendationId,
                "outcome", "SUSPENSION", "from", LocalDate.now().toString(),
                "to", LocalDate.now().plusDays(14).toString())));
        mark(8);
        noContent(post(coordinator, venue + "/issues/" + issueId + "/resolution",
                Map.of("resolution", "Ny dørvakt")));
        mark(9);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(startsAt.plusMillis(100)));
        String meeting = "/api/v1/meetings/" + meetingId;
        noContent(put(coordinator, meeting + "/attendance", Map.of("presentMemberIds", List.of(memberId))));
        noContent(put(coordinator, meeting + "/minutes", Map.of("text", "Vi gikk gjennom saken")));
        noContent(post(coordinator, meeting + "/decisions", Map.of("text", "Anbefale suspensjon")));
        created(post(coordinator, meeting + "/action-items", Map.of("ownerMemberId", memberId,
                "what", "Kontroll av ID", "due", LocalDate.now().plusDays(30).toString())));
        mark(10);
        noContent(post(coordinator, meeting + "/minutes/approval", null));
        mark(11);
        noContent(Api.delete(coordinator, forums + "/" + forumId + "/members/" + memberId));
        mark(12);
    }

    @Test
    void theCaseFileHoldsAtEachStepWhatWasTrueThen() {
        assertThat(venue(auditor, before[4]).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode registered = ok(venue(auditor, before[5]));
        assertThat(registered.get("name").asText()).isEqualTo("Bar Nord");
        assertThat(registered.get("licenceHolder").asText()).isEqualTo("Nord AS");
        assertThat(registered.get("issues")).isEmpty();

        JsonNode issue = ok(venue(auditor, before[6])).get("issues").get(0);
        assertThat(issue.get("description").asText()).isEqualTo("Servering til mindreårig");
        assertThat(issue.get("resolvedAt").isNull()).isTrue();
        assertThat(issue.get("resolution").isNull()).isTrue();
        JsonNode recommended = ok(venue(auditor, before[7]));
        assertThat(recommended.get("recommendations").get(0).get("kind").asText()).isEqualTo("SUSPENSION");
        assertThat(recommended.get("recommendations").get(0).get("meetingId").asText()).isEqualTo(meetingId.toString());
        assertThat(recommended.get("decisions")).isEmpty();
        JsonNode decided = ok(venue(auditor, before[8]));
        assertThat(decided.get("decisions").get(0).get("outcome").asText()).isEqualTo("SUSPENSION");
        assertThat(decided.get("issues").get(0).get("resolvedAt").isNull()).isTrue();
        JsonNode resolved = ok(venue(coordinator, before[9])).get("issues").get(0);
        assertThat(resolved.get("resolvedAt").isNull()).isFalse();
        assertThat(resolved.get("resolution").asText()).isEqualTo("Ny dørvakt");
    }

    @Test
    void theForumHoldsItsMembersAndCoordinatorThen() {
        assertThat(forum(auditor, before[0]).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode established = ok(forum(auditor, before[1]));
        assertThat(established.get("name").asText()).isEqualTo("Trygt uteliv");
        assertThat(established.get("members")).isEmpty();
        JsonNode withMember = ok(forum(auditor, before[2]));
        assertThat(withMember.get("members").get(0).get("organisation").asText()).isEqualTo("Politiet");
        assertThat(withMember.get("coordinatorMemberId").isNull()).isTrue();
        assertThat(ok(forum(auditor, before[3])).get("coordinatorMemberId").asText()).isEqualTo(memberId.toString());
        JsonNode afterRemoval = ok(forum(auditor, before[12]));
        assertThat(afterRemoval.get("members")).isEmpty();
        assertThat(afterRemoval.get("coordinatorMemberId").isNull()).isTrue();
    }

    @Test
    void theMeetingHoldsItsRecordsThen() {
        assertThat(meeting(auditor, before[3]).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode scheduled = ok(meeting(auditor, before[9]));
        assertThat(scheduled.get("forumName").asText()).isEqualTo("Trygt uteliv");
        assertThat(scheduled.get("agenda").toString()).isEqualTo("[\"Status\",\"Bar Nord\"]");
        assertThat(scheduled.get("present")).isEmpty();
        assertThat(scheduled.get("minutes").isNull()).isTrue();
        assertThat(scheduled.get("actionItems")).isEmpty();
        JsonNode held = ok(meeting(auditor, before[10]));
        assertThat(held.get("present").get(0).get("memberId").asText()).isEqualTo(memberId.toString());
        assertThat(held.get("minutes").asText()).isEqualTo("Vi gikk gjennom saken");
        assertThat(held.get("minutesApprovedAt").isNull()).isTrue();
        assertThat(held.get("decisions").get(0).get("text").asText()).isEqualTo("Anbefale suspensjon");
        assertThat(held.get("actionItems").get(0).get("what").asText()).isEqualTo("Kontroll av ID");
        assertThat(held.get("actionItems").get(0).get("completedAt").isNull()).isTrue();
        assertThat(ok(meeting(auditor, before[11])).get("minutesApprovedAt").isNull()).isFalse();
    }

    /** Last: the other tests read the member's name before the erasure. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anErasedMemberReadsAsErasedInThePastToo() {
        JsonNode named = ok(forum(auditor, before[3])).get("members").get(0);
        assertThat(named.get("personName").asText()).isEqualTo("Pia Politi");
        ResponseEntity<JsonNode> erased = post(coordinator, "/api/v1/erasures", Map.of("subjects",
                List.of("member:" + memberId), "reason", "PERSONS_REQUEST"));
        assertThat(erased.getStatusCode()).as("%s", erased.getBody()).isEqualTo(HttpStatus.CREATED);

        JsonNode member = ok(forum(auditor, before[3])).get("members").get(0);
        assertThat(member.get("personName").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(member.get("email").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(member.get("organisation").asText()).isEqualTo("Politiet");
        JsonNode held = ok(meeting(auditor, before[10]));
        assertThat(held.get("present").get(0).get("name").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(held.toString()).doesNotContain("Pia Politi", "pia@politi.example");
    }

    @Test
    void aMalformedOrMissingInstantIsA400NamingAsOf() {
        for (String query : List.of("?asOf=yesterday", "?asOf=2026-13-01T00:00:00Z", "")) {
            ResponseEntity<JsonNode> answer = auditor.getForEntity("/api/v1/audit/venues/" + venueId + "/as-of"
                    + query, JsonNode.class);
            Api.problem(answer, HttpStatus.BAD_REQUEST, "validation");
            assertThat(Api.fields(answer)).as(query).containsExactly("asOf");
        }
    }

    @Test
    void onlyTheAuditorAndTheCoordinatorReadAndAnotherMunicipalitysIdsAreNotFound() {
        Instant now = Instant.now();
        for (Role role : List.of(Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.NETWORK_COORDINATOR)) {
            assertThat(venue(home.as(http, role), now).getStatusCode()).as("%s", role).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(forum(home.as(http, role), now).getStatusCode()).as("%s", role).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (Role role : List.of(Role.COORDINATOR, Role.AUDITOR)) {
            TestRestTemplate outsider = other.as(http, role);
            for (ResponseEntity<JsonNode> answer : List.of(venue(outsider, now), forum(outsider, now),
                    meeting(outsider, now))) {
                Api.problem(answer, HttpStatus.NOT_FOUND, "not-found");
                assertThat(answer.getBody().toString()).doesNotContain("Bar Nord", "Trygt uteliv", "Rådhuset");
            }
        }
        // An id of another kind is no such thing either.
        assertThat(forum(auditor, now, venueId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void mark(int step) {
        before[step] = Instant.now();
    }

    private ResponseEntity<JsonNode> venue(TestRestTemplate as, Instant asOf) {
        return as.getForEntity("/api/v1/audit/venues/" + venueId + "/as-of?asOf=" + asOf, JsonNode.class);
    }

    private ResponseEntity<JsonNode> forum(TestRestTemplate as, Instant asOf) {
        return forum(as, asOf, forumId);
    }

    private ResponseEntity<JsonNode> forum(TestRestTemplate as, Instant asOf, UUID id) {
        return as.getForEntity("/api/v1/audit/forums/" + id + "/as-of?asOf=" + asOf, JsonNode.class);
    }

    private ResponseEntity<JsonNode> meeting(TestRestTemplate as, Instant asOf) {
        return as.getForEntity("/api/v1/audit/meetings/" + meetingId + "/as-of?asOf=" + asOf, JsonNode.class);
    }

    private static JsonNode ok(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
