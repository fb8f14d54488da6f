package forum.api.idempotency;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.eventstore.EventRelay;
import forum.api.commands.StoredEvents;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.AsKeyHolder;
import forum.api.support.ForumIntegrationTest;
import forum.core.forum.ForumEstablished;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT {

    private static final Map<String, Object> FORUM =
            Map.of("name", "Nattelivsforum", "method", "OTHER", "meetingsPerYear", 4);
    private static final Map<String, Object> MEMBER = Map.of("personName", "Per", "email", "per@example.no",
            "organisation", "Politiet", "role", "POLICE");
    private static final String REFUSED_AT_COMMIT = "refused-at-commit-";
    /** Fails the commit of a request whose answer was stored under the key, as a broken connection would. */
    private static final String REFUSE_ANSWERS_AT_COMMIT = """
            create function refuse_answer_at_commit() returns trigger language plpgsql as $$
            begin
                if new.idempotency_key = '%s' and new.response_status is not null then
                    raise exception 'the test refuses this commit';
                end if;
                return new;
            end $$;
            create constraint trigger refuse_answer_at_commit after update on idempotency_key
                deferrable initially deferred for each row execute function refuse_answer_at_commit();
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Autowired
    ApplicationContext application;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    TestMunicipality home;
    TestRestTemplate coordinator;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
    }

    UUID coordinatorId() {
        return accounts.find(home.usernames().get(Role.COORDINATOR)).orElseThrow().userId();
    }

    /** The schema's owner, who may add a trigger; the application's role may not. */
    Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(environment.getRequiredProperty("spring.flyway.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"));
    }

    long storedKeys(String key) {
        return storedKeys(coordinatorId(), key);
    }

    long storedKeys(UUID userId, String key) {
        return AsKeyHolder.in(application).idempotencyKeysOf(userId, sql -> sql.sql(
                        "select count(*) from idempotency_key where idempotency_key = :key")
                .param("key", SealedAnswers.lookup(key)).query(Long.class).single());
    }

    /** Makes the user's key older than its lifetime. */
    void age(UUID userId, String key) {
        AsKeyHolder.in(application).idempotencyKeysOf(userId, sql -> sql.sql(
                        "update idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = :key")
                .param("key", SealedAnswers.lookup(key)).update());
    }

    long forums() {
        return StoredEvents.countInTenant(relay, ForumEstablished.class, home.tenantId());
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

        assertThat(StoredEvents.count(relay, forumId)).isEqualTo(1);
        assertThat(storedKeys(key)).isEqualTo(1);
    }

    @Test
    void aKeyExpiresAfter24Hours() {
        String key = UUID.randomUUID().toString();
        UUID first = created(post(coordinator, "/api/v1/forums", FORUM, key));
        age(coordinatorId(), key);

        UUID afterExpiry = created(post(coordinator, "/api/v1/forums", FORUM, key));

        assertThat(afterExpiry).isNotEqualTo(first);
    }

    @Test
    void anyRequestWithAKeyDeletesTheExpiredKeysOfEveryUser() {
        String secondCoordinator = "expiring-" + UUID.randomUUID() + "@example.no";
        UUID second = accounts.create(home.tenantId(), secondCoordinator, TestMunicipality.PASSWORD,
                "Second coordinator", EnumSet.of(Role.COORDINATOR)).userId();
        String theirs = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        created(post(http.withBasicAuth(secondCoordinator, TestMunicipality.PASSWORD), "/api/v1/forums", FORUM, theirs));
        created(post(http.withBasicAuth(secondCoordinator, TestMunicipality.PASSWORD), "/api/v1/forums", FORUM, fresh));
        age(second, theirs);

        created(post(coordinator, "/api/v1/forums", FORUM, UUID.randomUUID().toString()));

        assertThat(storedKeys(second, theirs)).as("expired").isZero();
        assertThat(storedKeys(second, fresh)).as("not expired").isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsAnswers409AndRunsOnceTheFirstFailed() throws SQLException {
        String key = UUID.randomUUID().toString();
        long before = forums();
        try (Connection first = dataSource.getConnection()) {
            // The first request's claim, its transaction still open, as while its command runs.
            first.setAutoCommit(false);
            try (PreparedStatement user = first.prepareStatement("select set_config('forum.user_id', ?, true)")) {
                user.setString(1, coordinatorId().toString());
                user.execute();
            }
            try (PreparedStatement claim = first.prepareStatement("insert into idempotency_key "
                    + "(user_id, idempotency_key, tenant_id, request_hash) values (?, ?, ?, 'first')")) {
                claim.setObject(1, coordinatorId());
                claim.setString(2, SealedAnswers.lookup(key));
                claim.setObject(3, home.tenantId());
                claim.executeUpdate();
            }

            problem(post(coordinator, "/api/v1/forums", FORUM, key), HttpStatus.CONFLICT, "idempotency-key-in-use");
            assertThat(forums()).isEqualTo(before);
            first.rollback();
        }

        created(post(coordinator, "/api/v1/forums", FORUM, key));
        assertThat(forums()).isEqualTo(before + 1);
    }

    @Test
    void aCommitThatFailsStoresNeitherTheEventsNorTheAnswerAndTheRetryRuns() throws SQLException {
        UUID forumId = created(post(coordinator, "/api/v1/forums", FORUM));
        String members = "/api/v1/forums/" + forumId + "/members";
        created(post(coordinator, members, MEMBER));
        String key = REFUSED_AT_COMMIT + UUID.randomUUID();
        try (Connection owner = ownerConnection(); Statement sql = owner.createStatement()) {
            sql.execute(REFUSE_ANSWERS_AT_COMMIT.formatted(SealedAnswers.lookup(key)));
            try {
                JsonNode unknown = problem(post(coordinator, members, MEMBER, key), HttpStatus.SERVICE_UNAVAILABLE,
                        "outcome-unknown");
                assertThat(unknown.path("detail").asText()).contains("same Idempotency-Key");
            } finally {
                sql.execute("drop trigger refuse_answer_at_commit on idempotency_key");
                sql.execute("drop function refuse_answer_at_commit()");
            }
        }
        assertThat(StoredEvents.count(relay, forumId)).as("the forum's events: established, one member").isEqualTo(2);
        assertThat(storedKeys(key)).isZero();

        created(post(coordinator, members, MEMBER, key));
        // The forum had been kept in memory with the member the database refused; it must have left the cache,
        // or this append would skip a sequence number and the forum would decide on a member never stored.
        created(post(coordinator, members, MEMBER));
        assertThat(relay.jdbc().sql("select sequence_number from domain_event_entry where aggregate_identifier = :id "
                        + "order by sequence_number")
                .param("id", forumId.toString()).query(Long.class).list()).containsExactly(0L, 1L, 2L, 3L);
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
