package forum.api.forum;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.delete;
import static forum.api.commands.Api.fields;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.postJson;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import forum.core.forum.CoordinatorAppointed;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMemberRemoved;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate coordinator;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
    }

    static Map<String, Object> forum() {
        return new HashMap<>(Map.of("name", "Nattelivsforum", "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4));
    }

    static Map<String, Object> member(String name, String role) {
        return new HashMap<>(Map.of("personName", name, "email", "person@example.no", "organisation", "Politiet",
                "role", role));
    }

    @Test
    void coordinatorEstablishesAForumAndManagesItsMembers() {
        UUID forumId = created(post(coordinator, "/api/v1/forums", forum()));
        UUID police = created(post(coordinator, "/api/v1/forums/" + forumId + "/members", member("Per", "POLICE")));
        UUID taxi = created(post(coordinator, "/api/v1/forums/" + forumId + "/members", member("Tor", "TAXI")));
        noContent(post(coordinator, "/api/v1/forums/" + forumId + "/coordinator", Map.of("memberId", police)));
        noContent(delete(coordinator, "/api/v1/forums/" + forumId + "/members/" + taxi));

        assertThat(StoredEvents.of(relay, forumId)).extracting(StoredEvents.Row::payloadType).containsExactly(
                ForumEstablished.class.getName(), ForumMemberAdded.class.getName(), ForumMemberAdded.class.getName(),
                CoordinatorAppointed.class.getName(), ForumMemberRemoved.class.getName());
        String coordinatorId = accounts.find(home.usernames().get(Role.COORDINATOR)).orElseThrow().userId().toString();
        assertThat(StoredEvents.of(relay, forumId)).allSatisfy(row -> {
            assertThat(row.tenantId()).isEqualTo(home.tenantId().toString());
            assertThat(row.userId()).isEqualTo(coordinatorId);
            assertThat(row.correlationId()).isNotBlank();
        });
    }

    @Test
    void theTenantComesFromTheSignedInUserNeverFromTheBody() {
        Map<String, Object> body = forum();
        body.put("tenantId", other.tenantId().toString());

        UUID forumId = created(post(coordinator, "/api/v1/forums", body));

        assertThat(StoredEvents.of(relay, forumId)).singleElement()
                .satisfies(row -> assertThat(row.tenantId()).isEqualTo(home.tenantId().toString()));
    }

    @Test
    void invalidFieldsAreNamed() {
        ResponseEntity<JsonNode> answer = post(coordinator, "/api/v1/forums",
                Map.of("name", " ", "meetingsPerYear", 53));

        problem(answer, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(answer)).containsExactlyInAnyOrder("name", "method", "meetingsPerYear");
    }

    @Test
    void aMemberNeedsANameAnOrganisationAndARole() {
        UUID forumId = created(post(coordinator, "/api/v1/forums", forum()));

        ResponseEntity<JsonNode> answer = post(coordinator, "/api/v1/forums/" + forumId + "/members",
                Map.of("email", "not an address"));

        problem(answer, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(answer)).containsExactlyInAnyOrder("personName", "email", "organisation", "role");
    }

    @Test
    void malformedJsonIsABadRequest() {
        problem(postJson(coordinator, "/api/v1/forums", "{\"name\": \"Forum\", "), HttpStatus.BAD_REQUEST,
                "malformed-body");
    }

    @Test
    void anUnknownMethodIsABadRequest() {
        Map<String, Object> body = forum();
        body.put("method", "ASTROLOGY");
        problem(post(coordinator, "/api/v1/forums", body), HttpStatus.BAD_REQUEST, "malformed-body");
    }

    @Test
    void onlyAMemberCanBeAppointedCoordinator() {
        UUID forumId = created(post(coordinator, "/api/v1/forums", forum()));

        ResponseEntity<JsonNode> answer = post(coordinator, "/api/v1/forums/" + forumId + "/coordinator",
                Map.of("memberId", UUID.randomUUID()));

        problem(answer, HttpStatus.BAD_REQUEST, "forum.coordinator-not-a-member");
        assertThat(fields(answer)).containsExactly("memberId");
        assertThat(StoredEvents.count(relay, forumId)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LICENSING_OFFICER", "FORUM_MEMBER", "NETWORK_COORDINATOR", "AUDITOR"})
    void onlyTheCoordinatorManagesForums(Role role) {
        TestRestTemplate as = home.as(http, role);
        UUID forumId = created(post(coordinator, "/api/v1/forums", forum()));
        UUID member = created(post(coordinator, "/api/v1/forums/" + forumId + "/members", member("Per", "POLICE")));

        problem(post(as, "/api/v1/forums", forum()), HttpStatus.FORBIDDEN, "forbidden");
        problem(post(as, "/api/v1/forums/" + forumId + "/members", member("Eva", "SSP")), HttpStatus.FORBIDDEN,
                "forbidden");
        problem(post(as, "/api/v1/forums/" + forumId + "/coordinator", Map.of("memberId", member)),
                HttpStatus.FORBIDDEN, "forbidden");
        problem(delete(as, "/api/v1/forums/" + forumId + "/members/" + member), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(StoredEvents.count(relay, forumId)).isEqualTo(2);
    }

    @Test
    void theOperatorManagesNoForums() {
        TestRestTemplate operator = http.withBasicAuth(TestMunicipality.createOperator(accounts),
                TestMunicipality.PASSWORD);
        problem(post(operator, "/api/v1/forums", forum()), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void anotherMunicipalitysForumAnswersLikeAMissingOne() {
        UUID forumId = created(post(coordinator, "/api/v1/forums", forum()));
        UUID member = created(post(coordinator, "/api/v1/forums/" + forumId + "/members", member("Per", "POLICE")));
        TestRestTemplate stranger = other.as(http, Role.COORDINATOR);

        JsonNode foreign = problem(post(stranger, "/api/v1/forums/" + forumId + "/members", member("Eva", "SSP")),
                HttpStatus.NOT_FOUND, "not-found");
        JsonNode missing = problem(post(stranger, "/api/v1/forums/" + UUID.randomUUID() + "/members",
                member("Eva", "SSP")), HttpStatus.NOT_FOUND, "not-found");
        problem(post(stranger, "/api/v1/forums/" + forumId + "/coordinator", Map.of("memberId", member)),
                HttpStatus.NOT_FOUND, "not-found");
        problem(delete(stranger, "/api/v1/forums/" + forumId + "/members/" + member), HttpStatus.NOT_FOUND,
                "not-found");

        assertThat(without(foreign, "instance")).isEqualTo(without(missing, "instance"));
        assertThat(StoredEvents.count(relay, forumId)).isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyEstablishesOneForum() {
        String key = UUID.randomUUID().toString();
        long forumsBefore = forumsOf(home);

        ResponseEntity<JsonNode> first = post(coordinator, "/api/v1/forums", forum(), key);
        ResponseEntity<JsonNode> retry = post(coordinator, "/api/v1/forums", forum(), key);

        assertThat(created(retry)).isEqualTo(created(first));
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(forumsOf(home)).isEqualTo(forumsBefore + 1);
    }

    private long forumsOf(TestMunicipality municipality) {
        return StoredEvents.countInTenant(relay, ForumEstablished.class, municipality.tenantId());
    }

    private static JsonNode without(JsonNode problem, String... names) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = problem.deepCopy();
        copy.remove(List.of(names));
        return copy;
    }
}
