package forum.api.accounts;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.delete;
import static forum.api.commands.Api.fields;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.AsKeyHolder;
import forum.api.support.ForumIntegrationTest;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext application;

    TestMunicipality home;
    TestMunicipality other;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
    }

    ResponseEntity<JsonNode> invite(TestMunicipality tenant, String email, Role role) {
        return post(tenant.as(http, Role.COORDINATOR), "/api/v1/invitations",
                Map.of("email", email, "name", "Ida Inviteret", "role", role.name()));
    }

    @Test
    void anInvitedMemberAcceptsAndSignsInToTheInvitingMunicipalityWithTheRole() {
        String email = Invitees.email("member");
        ResponseEntity<JsonNode> issued = invite(home, email, Role.FORUM_MEMBER);
        String token = Invitees.token(issued);
        assertThat(Instant.parse(issued.getBody().get("expiresAt").asText()))
                .isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60), Instant.now().plus(Duration.ofDays(7)));

        JsonNode accepted = Invitees.accepted(http, token);

        assertThat(accepted.get("username").asText()).isEqualTo(email);
        assertThat(accepted.get("role").asText()).isEqualTo("FORUM_MEMBER");
        assertThat(accepted.get("tenantId").asText()).isEqualTo(home.tenantId().toString());
        TestRestTemplate member = http.withBasicAuth(email, Invitees.PASSWORD);
        JsonNode municipality = await().atMost(Duration.ofSeconds(30)).until(
                () -> member.getForEntity("/api/v1/municipality", JsonNode.class),
                answer -> answer.getStatusCode() == HttpStatus.OK).getBody();
        assertThat(municipality.get("tenantId").asText()).isEqualTo(home.tenantId().toString());
        problem(post(member, "/api/v1/invitations", Map.of("email", Invitees.email("no"), "name", "No",
                "role", "FORUM_MEMBER")), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void anInvitedCoordinatorMayInviteInTurn() {
        String email = Invitees.email("coordinator");
        Invitees.accepted(http, Invitees.token(invite(home, email, Role.COORDINATOR)));

        TestRestTemplate coordinator = http.withBasicAuth(email, Invitees.PASSWORD);
        created(post(coordinator, "/api/v1/invitations",
                Map.of("email", Invitees.email("next"), "name", "Nils Næste", "role", "LICENSING_OFFICER")));
        assertThat(accounts.find(email).orElseThrow().roles()).containsExactly(Role.COORDINATOR);
        assertThat(accounts.find(email).orElseThrow().tenantId()).isEqualTo(home.tenantId());
    }

    @Test
    void aTokenWorksOnce() {
        String token = Invitees.token(invite(home, Invitees.email("once"), Role.LICENSING_OFFICER));
        Invitees.accepted(http, token);

        problem(Invitees.accept(http, token, "another long password"), HttpStatus.NOT_FOUND,
                "invitation.unknown-token");
    }

    @Test
    void anExpiredOrUnknownTokenIsNotFound() {
        ResponseEntity<JsonNode> issued = invite(home, Invitees.email("late"), Role.FORUM_MEMBER);
        String token = Invitees.token(issued);
        AsKeyHolder.in(application).tenant(home.tenantId(), sql -> sql.sql(
                        "update account_invitation set expires_at = now() - interval '1 second' where invitation_id = :id")
                .param("id", created(issued)).update());

        problem(Invitees.accept(http, token, Invitees.PASSWORD), HttpStatus.NOT_FOUND, "invitation.unknown-token");
        problem(Invitees.accept(http, "not-a-token-anyone-was-given", Invitees.PASSWORD), HttpStatus.NOT_FOUND,
                "invitation.unknown-token");
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        ResponseEntity<JsonNode> issued = invite(home, Invitees.email("hash"), Role.FORUM_MEMBER);
        String token = Invitees.token(issued);

        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        String stored = AsKeyHolder.in(application).tenant(home.tenantId(), sql -> sql.sql(
                        "select token_hash from account_invitation where invitation_id = :id")
                .param("id", created(issued)).query(String.class).single());
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8))));
        long storedAsIs = AsKeyHolder.in(application).tenant(home.tenantId(), sql -> sql.sql(
                        "select count(*) from account_invitation where token_hash = :token")
                .param("token", token).query(Long.class).single());
        assertThat(storedAsIs).isZero();
    }

    @Test
    void theCoordinatorListsAndRevokesTheOwnMunicipalitysPendingInvitations() {
        UUID pending = created(invite(home, Invitees.email("pending"), Role.FORUM_MEMBER));
        ResponseEntity<JsonNode> acceptedOne = invite(home, Invitees.email("accepted"), Role.FORUM_MEMBER);
        Invitees.accepted(http, Invitees.token(acceptedOne));
        UUID ofOther = created(invite(other, Invitees.email("other"), Role.FORUM_MEMBER));
        UUID auditorGrant = created(post(home.as(http, Role.COORDINATOR), "/api/v1/auditor-grants", Map.of(
                "email", Invitees.email("auditor"), "name", "Aud",
                "expiresAt", Instant.now().plus(Duration.ofDays(9)).toString())));

        assertThat(pendingIds(home)).doesNotContain(auditorGrant);
        assertThat(pendingIds(home)).contains(pending).doesNotContain(created(acceptedOne), ofOther);
        assertThat(pendingIds(other)).contains(ofOther).doesNotContain(pending);
        JsonNode listed = home.as(http, Role.COORDINATOR).getForObject("/api/v1/invitations", JsonNode.class);
        assertThat(listed.findValuesAsText("role")).isNotEmpty()
                .isSubsetOf("FORUM_MEMBER", "LICENSING_OFFICER", "COORDINATOR");
        assertThat(listed.findValues("token")).isEmpty();

        noContent(delete(home.as(http, Role.COORDINATOR), "/api/v1/invitations/" + pending));
        noContent(delete(home.as(http, Role.COORDINATOR), "/api/v1/invitations/" + pending));
        assertThat(pendingIds(home)).doesNotContain(pending);
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() {
        ResponseEntity<JsonNode> issued = invite(home, Invitees.email("revoked"), Role.FORUM_MEMBER);
        String token = Invitees.token(issued);

        noContent(delete(home.as(http, Role.COORDINATOR), "/api/v1/invitations/" + created(issued)));

        problem(Invitees.accept(http, token, Invitees.PASSWORD), HttpStatus.NOT_FOUND, "invitation.unknown-token");
    }

    @Test
    void anAcceptedInvitationIsNoLongerRevoked() {
        ResponseEntity<JsonNode> issued = invite(home, Invitees.email("done"), Role.FORUM_MEMBER);
        Invitees.accepted(http, Invitees.token(issued));

        problem(delete(home.as(http, Role.COORDINATOR), "/api/v1/invitations/" + created(issued)),
                HttpStatus.CONFLICT, "invitation.already-accepted");
    }

    @Test
    void anotherMunicipalitysCoordinatorCannotRevokeTheInvitation() {
        ResponseEntity<JsonNode> issued = invite(home, Invitees.email("foreign"), Role.FORUM_MEMBER);

        problem(delete(other.as(http, Role.COORDINATOR), "/api/v1/invitations/" + created(issued)),
                HttpStatus.NOT_FOUND, "not-found");
        problem(delete(home.as(http, Role.COORDINATOR), "/api/v1/invitations/" + UUID.randomUUID()),
                HttpStatus.NOT_FOUND, "not-found");

        Invitees.accepted(http, Invitees.token(issued));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "COORDINATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheCoordinatorInvitesListsAndRevokes(Role role) {
        TestRestTemplate caller = role == Role.OPERATOR
                ? http.withBasicAuth(TestMunicipality.createOperator(accounts), TestMunicipality.PASSWORD)
                : home.as(http, role);
        UUID invitation = created(invite(home, Invitees.email("target"), Role.FORUM_MEMBER));

        problem(post(caller, "/api/v1/invitations", Map.of("email", Invitees.email("no"), "name", "No",
                "role", "FORUM_MEMBER")), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(caller.getForEntity("/api/v1/invitations", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        problem(delete(caller, "/api/v1/invitations/" + invitation), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(pendingIds(home)).contains(invitation);
    }

    @Test
    void invitationsNeedAnAddressANameAndAMemberRole() {
        ResponseEntity<JsonNode> invalid = post(home.as(http, Role.COORDINATOR), "/api/v1/invitations",
                Map.of("email", "not an address"));
        problem(invalid, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("email", "name", "role");

        for (Role role : List.of(Role.AUDITOR, Role.OPERATOR, Role.NETWORK_COORDINATOR)) {
            ResponseEntity<JsonNode> refused = invite(home, Invitees.email("role"), role);
            problem(refused, HttpStatus.BAD_REQUEST, "validation");
            assertThat(fields(refused)).containsExactly("role");
        }
    }

    @Test
    void anAddressWithAnAccountIsNotInvitedAgain() {
        problem(invite(home, home.usernames().get(Role.FORUM_MEMBER), Role.COORDINATOR), HttpStatus.CONFLICT,
                "account.username-taken");
    }

    @Test
    void twoInvitationsOfOneAddressMakeOneAccount() {
        String email = Invitees.email("twice");
        String first = Invitees.token(invite(home, email, Role.FORUM_MEMBER));
        String second = Invitees.token(invite(other, email, Role.COORDINATOR));
        Invitees.accepted(http, first);

        problem(Invitees.accept(http, second, Invitees.PASSWORD), HttpStatus.CONFLICT, "account.username-taken");
        assertThat(accounts.find(email).orElseThrow().tenantId()).isEqualTo(home.tenantId());
    }

    @Test
    void aShortPasswordIsRefusedAndTheTokenStaysValid() {
        String token = Invitees.token(invite(home, Invitees.email("short"), Role.FORUM_MEMBER));

        ResponseEntity<JsonNode> refused = Invitees.accept(http, token, "too short");
        problem(refused, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(refused)).containsExactly("password");
        Invitees.accepted(http, token);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameInvitationAndNeitherTokenNorKeyIsStoredReadably() {
        String key = UUID.randomUUID().toString();
        String email = Invitees.email("retry");
        Map<String, Object> invitation = Map.of("email", email, "name", "Rita", "role", "FORUM_MEMBER");
        TestRestTemplate coordinator = home.as(http, Role.COORDINATOR);

        ResponseEntity<JsonNode> first = post(coordinator, "/api/v1/invitations", invitation, key);
        ResponseEntity<JsonNode> retry = post(coordinator, "/api/v1/invitations", invitation, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        String token = first.getBody().get("token").asText();
        UUID coordinatorId = accounts.find(home.usernames().get(Role.COORDINATOR)).orElseThrow().userId();
        long readable = AsKeyHolder.in(application).idempotencyKeysOf(coordinatorId, sql -> sql.sql(
                        "select count(*) from idempotency_key where idempotency_key = :key "
                        + "or position(convert_to(:token, 'UTF8') in response_body) > 0")
                .param("key", key).param("token", token).query(Long.class).single());
        long stored = AsKeyHolder.in(application).idempotencyKeysOf(coordinatorId, sql -> sql.sql(
                "select count(*) from idempotency_key").query(Long.class).single());
        assertThat(readable).isZero();
        assertThat(stored).as("the key is stored").isPositive();
        assertThat(pendingIds(home)).containsOnlyOnce(UUID.fromString(first.getBody().get("id").asText()));
        Invitees.accepted(http, token);
        assertThat(accounts.find(email)).isPresent();
    }

    @Test
    void acceptingIgnoresCredentialsAndTakesTheTenantOnlyFromTheInvitation() {
        String email = Invitees.email("signed-in");
        String token = Invitees.token(invite(home, email, Role.FORUM_MEMBER));

        ResponseEntity<JsonNode> answer = post(other.as(http, Role.COORDINATOR),
                "/api/v1/invitations/" + token + "/acceptance",
                Map.of("password", Invitees.PASSWORD, "tenantId", other.tenantId().toString()));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(accounts.find(email).orElseThrow().tenantId()).isEqualTo(home.tenantId());
    }

    private List<UUID> pendingIds(TestMunicipality tenant) {
        JsonNode list = tenant.as(http, Role.COORDINATOR).getForObject("/api/v1/invitations", JsonNode.class);
        return StreamSupport.stream(list.spliterator(), false)
                .map(item -> UUID.fromString(item.get("id").asText())).toList();
    }
}
