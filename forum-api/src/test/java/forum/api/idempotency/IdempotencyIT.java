package forum.api.idempotency;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.StoredEvents;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.forum.ForumEstablished;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT {

    private static final Map<String, Object> FORUM =
            Map.of("name", "Nattelivsforum", "method", "OTHER", "meetingsPerYear", 4);

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    TestMunicipality home;
    TestRestTemplate coordinator;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
    }

    long forums() {
        return StoredEvents.countInTenant(jdbc, ForumEstablished.class, home.tenantId());
    }

    @Test
    void aRetryGetsTheFirstAnswerAgainAndSendsNoCommand() {
        String key = UUID.randomUUID().toString();
        long before = forums();

        ResponseEntity<JsonNode> first = post(coordinator, "/api/v1/forums", FORUM, key);
        ResponseEntity<JsonNode> retry = post(coordinator, "/api/v1/forums", FORUM, key);

        assertThat(created(retry)).isEqualTo(created(first));
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(first.getHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(retry.getHeaders().getFirst(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(forums()).isEqualTo(before + 1);
    }

    @Test
    void theSameJsonWithOtherSpacingAndKeyOrderIsTheSameRequest() {
        String key = UUID.randomUUID().toString();

        UUID first = created(postJson("{\"name\":\"Forum A\",\"method\":\"OTHER\",\"meetingsPerYear\":4}", key));
        UUID retry = created(postJson("{ \"meetingsPerYear\": 4,\n \"method\": \"OTHER\", \"name\": \"Forum A\" }", key));

        assertThat(retry).isEqualTo(first);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        created(post(coordinator, "/api/v1/forums", FORUM, key));
        long before = forums();

        problem(post(coordinator, "/api/v1/forums", Map.of("name", "Another forum", "method", "OTHER",
                "meetingsPerYear", 4), key), HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused");

        assertThat(forums()).isEqualTo(before);
    }

    @Test
    void theSameKeyOnAnotherEndpointIsRefused() {
        String key = UUID.randomUUID().toString();
        created(post(coordinator, "/api/v1/forums", FORUM, key));

        problem(post(coordinator, "/api/v1/venues", FORUM, key), HttpStatus.UNPROCESSABLE_ENTITY,
                "idempotency-key-reused");
    }

    @Test
    void keysBelongToOneUserSoAnotherUserMayUseTheSameKey() {
        String key = UUID.randomUUID().toString();
        String secondCoordinator = "second-" + UUID.randomUUID() + "@example.no";
        accounts.create(home.tenantId(), secondCoordinator, TestMunicipality.PASSWORD, "Second coordinator",
                EnumSet.of(Role.COORDINATOR));

        UUID mine = created(post(coordinator, "/api/v1/forums", FORUM, key));
        UUID theirs = created(post(http.withBasicAuth(secondCoordinator, TestMunicipality.PASSWORD),
                "/api/v1/forums", FORUM, key));

        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void aFailedRequestLeavesTheKeyFreeForTheCorrectedRetry() {
        String key = UUID.randomUUID().toString();

        problem(post(coordinator, "/api/v1/forums", Map.of("name", "No method"), key), HttpStatus.BAD_REQUEST,
                "validation");
        problem(post(home.as(http, Role.AUDITOR), "/api/v1/forums", FORUM, key), HttpStatus.FORBIDDEN, "forbidden");
        UUID forumId = created(post(coordinator, "/api/v1/forums", FORUM, key));

        assertThat(StoredEvents.count(jdbc, forumId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from idempotency_key where idempotency_key = :key")
                .param("key", key).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aKeyExpiresAfter24Hours() {
        String key = UUID.randomUUID().toString();
        UUID first = created(post(coordinator, "/api/v1/forums", FORUM, key));
        jdbc.sql("update idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = :key")
                .param("key", key).update();

        UUID afterExpiry = created(post(coordinator, "/api/v1/forums", FORUM, key));

        assertThat(afterExpiry).isNotEqualTo(first);
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningAnswers409() {
        String key = UUID.randomUUID().toString();
        UUID userId = accounts.find(home.usernames().get(Role.COORDINATOR)).orElseThrow().userId();
        created(post(coordinator, "/api/v1/forums", FORUM, key));
        // Turn the stored answer back into "in progress", as while the first request's command runs.
        jdbc.sql("update idempotency_key set response_status = null where user_id = :user and idempotency_key = :key")
                .param("user", userId).param("key", key).update();
        long before = forums();

        problem(post(coordinator, "/api/v1/forums", FORUM, key), HttpStatus.CONFLICT, "idempotency-key-in-use");

        assertThat(forums()).isEqualTo(before);
    }

    @Test
    void anOverlongKeyIsABadRequest() {
        problem(post(coordinator, "/api/v1/forums", FORUM, "k".repeat(256)), HttpStatus.BAD_REQUEST,
                "idempotency-key-invalid");
    }

    @Test
    void withoutAKeyEveryRequestCounts() {
        long before = forums();
        UUID first = created(post(coordinator, "/api/v1/forums", FORUM));
        UUID second = created(post(coordinator, "/api/v1/forums", FORUM));

        assertThat(second).isNotEqualTo(first);
        assertThat(forums()).isEqualTo(before + 2);
    }

    private ResponseEntity<JsonNode> postJson(String json, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return coordinator.exchange("/api/v1/forums", HttpMethod.POST, new HttpEntity<>(json, headers),
                JsonNode.class);
    }
}
