package forum.api.accounts;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.delete;
import static forum.api.commands.Api.fields;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
class AuditorGrantApiIT {

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

    ResponseEntity<JsonNode> grant(TestMunicipality tenant, String email, Instant expiresAt) {
        return post(tenant.as(http, Role.COORDINATOR), "/api/v1/auditor-grants",
                Map.of("email", email, "name", "Anna Revisor", "expiresAt", expiresAt.toString()));
    }

    static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    HttpStatus municipalityAs(String username) {
        return HttpStatus.valueOf(http.withBasicAuth(username, Invitees.PASSWORD)
                .getForEntity("/api/v1/municipality", JsonNode.class).getStatusCode().value());
    }

    @Test
    void anAuditorSignsInUntilTheGrantExpiresAndNotAfter() {
        String email = Invitees.email("auditor");
        Instant until = inDays(30);
        ResponseEntity<JsonNode> issued = grant(home, email, until);
        assertThat(Instant.parse(issued.getBody().get("expiresAt").asText())).isEqualTo(until);

        JsonNode accepted = Invitees.accepted(http, Invitees.token(issued));

        assertThat(accepted.get("role").asText()).isEqualTo("AUDITOR");
        assertThat(accepted.get("tenantId").asText()).isEqualTo(home.tenantId().toString());
        assertThat(Instant.parse(accepted.get("expiresAt").asText())).isEqualTo(until);
        await().atMost(Duration.ofSeconds(30)).until(() -> municipalityAs(email), HttpStatus.OK::equals);
        problem(post(http.withBasicAuth(email, Invitees.PASSWORD), "/api/v1/invitations",
                Map.of("email", Invitees.email("no"), "name", "No", "role", "FORUM_MEMBER")),
                HttpStatus.FORBIDDEN, "forbidden");

        AsKeyHolder.in(application).account(email, sql -> sql.sql(
                        "update user_account set expires_at = now() - interval '1 second' where username = :email")
                .param("email", email).update());

        assertThat(municipalityAs(email)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(accounts.find(email)).isEmpty();
    }

    @Test
    void theCoordinatorEndsAGrantAndTheAuditorIsOutAtOnce() {
        String email = Invitees.email("ended");
        ResponseEntity<JsonNode> issued = grant(home, email, inDays(90));
        UUID grantId = created(issued);
        Invitees.accepted(http, Invitees.token(issued));
        await().atMost(Duration.ofSeconds(30)).until(() -> municipalityAs(email), HttpStatus.OK::equals);

        noContent(delete(home.as(http, Role.COORDINATOR), "/api/v1/auditor-grants/" + grantId));

        assertThat(municipalityAs(email)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(grantIds(home)).doesNotContain(grantId.toString());
        noContent(delete(home.as(http, Role.COORDINATOR), "/api/v1/auditor-grants/" + grantId));
    }

    @Test
    void anEndedGrantsTokenNoLongerWorks() {
        ResponseEntity<JsonNode> issued = grant(home, Invitees.email("never"), inDays(10));

        noContent(delete(home.as(http, Role.COORDINATOR), "/api/v1/auditor-grants/" + created(issued)));

        problem(Invitees.accept(http, Invitees.token(issued), Invitees.PASSWORD), HttpStatus.NOT_FOUND,
                "invitation.unknown-token");
    }

    @Test
    void theCoordinatorSeesTheOwnMunicipalitysCurrentGrants() {
        ResponseEntity<JsonNode> pending = grant(home, Invitees.email("pending"), inDays(20));
        ResponseEntity<JsonNode> active = grant(home, Invitees.email("active"), inDays(40));
        Invitees.accepted(http, Invitees.token(active));
        UUID ofOther = created(grant(other, Invitees.email("other"), inDays(20)));

        JsonNode listed = home.as(http, Role.COORDINATOR).getForObject("/api/v1/auditor-grants", JsonNode.class);

        assertThat(statusOf(listed, created(pending))).isEqualTo("PENDING");
        assertThat(statusOf(listed, created(active))).isEqualTo("ACTIVE");
        assertThat(listed.findValuesAsText("id")).doesNotContain(ofOther.toString());
        assertThat(listed.findValues("token")).isEmpty();
    }

    @Test
    void aGrantOfAnotherMunicipalityCannotBeEnded() {
        ResponseEntity<JsonNode> issued = grant(home, Invitees.email("foreign"), inDays(20));

        problem(delete(other.as(http, Role.COORDINATOR), "/api/v1/auditor-grants/" + created(issued)),
                HttpStatus.NOT_FOUND, "not-found");
        Invitees.accepted(http, Invitees.token(issued));
    }

    @Test
    void anInvitationIsNoAuditorGrantAndTheOtherWayRound() {
        UUID invitation = created(post(home.as(http, Role.COORDINATOR), "/api/v1/invitations",
                Map.of("email", Invitees.email("member"), "name", "Mia", "role", "FORUM_MEMBER")));
        UUID grantId = created(grant(home, Invitees.email("auditor"), inDays(20)));

        problem(delete(home.as(http, Role.COORDINATOR), "/api/v1/auditor-grants/" + invitation),
                HttpStatus.NOT_FOUND, "not-found");
        problem(delete(home.as(http, Role.COORDINATOR), "/api/v1/invitations/" + grantId),
                HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void aGrantEndsInTheFutureAndAtMostAYearAhead() {
        for (Instant expiresAt : new Instant[] {Instant.now().minusSeconds(60), inDays(367)}) {
            ResponseEntity<JsonNode> refused = grant(home, Invitees.email("bad"), expiresAt);
            problem(refused, HttpStatus.BAD_REQUEST, "validation");
            assertThat(fields(refused)).containsExactly("expiresAt");
        }
        ResponseEntity<JsonNode> missing = post(home.as(http, Role.COORDINATOR), "/api/v1/auditor-grants",
                Map.of("email", Invitees.email("none"), "name", "No Date"));
        assertThat(fields(missing)).containsExactly("expiresAt");
    }

    @Test
    void theTokenOfAShortGrantExpiresWithTheGrant() {
        Instant until = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode issued = grant(home, Invitees.email("short"), until).getBody();

        assertThat(Instant.parse(issued.get("tokenExpiresAt").asText())).isEqualTo(until);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "COORDINATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheCoordinatorGrantsListsAndEnds(Role role) {
        TestRestTemplate caller = role == Role.OPERATOR
                ? http.withBasicAuth(TestMunicipality.createOperator(accounts), TestMunicipality.PASSWORD)
                : home.as(http, role);
        UUID grantId = created(grant(home, Invitees.email("target"), inDays(20)));

        problem(post(caller, "/api/v1/auditor-grants", Map.of("email", Invitees.email("no"), "name", "No",
                "expiresAt", inDays(20).toString())), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(caller.getForEntity("/api/v1/auditor-grants", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        problem(delete(caller, "/api/v1/auditor-grants/" + grantId), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(grantIds(home)).contains(grantId.toString());
    }

    private List<String> grantIds(TestMunicipality tenant) {
        return tenant.as(http, Role.COORDINATOR).getForObject("/api/v1/auditor-grants", JsonNode.class)
                .findValuesAsText("id");
    }

    private static String statusOf(JsonNode grants, UUID id) {
        for (JsonNode grant : grants) {
            if (grant.get("id").asText().equals(id.toString())) {
                return grant.get("status").asText();
            }
        }
        return null;
    }
}
