package forum.api.accounts;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.problem.ConflictException;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * The municipality's accounts over the API: only coordinators list and change them; another municipality's account
 * is not found; no coordinator deactivates or demotes themselves, and the municipality keeps an active coordinator;
 * a deactivated account cannot sign in (form or Basic) and its open page session ends.
 */
@ForumIntegrationTest
class AccountApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    private TestMunicipality municipality;
    private TestRestTemplate coordinator;

    @BeforeEach
    void municipality() {
        municipality = TestMunicipality.signUp(http, userAccounts);
        coordinator = municipality.as(http, Role.COORDINATOR);
    }

    @Test
    void onlyCoordinatorsListAndChangeAccounts() {
        UUID member = id(Role.FORUM_MEMBER);
        for (Role role : List.of(Role.FORUM_MEMBER, Role.LICENSING_OFFICER, Role.AUDITOR, Role.NETWORK_COORDINATOR)) {
            TestRestTemplate as = municipality.as(http, role);
            Api.problem(as.getForEntity("/api/v1/accounts", JsonNode.class), HttpStatus.FORBIDDEN, "forbidden");
            Api.problem(Api.post(as, "/api/v1/accounts/" + member + "/role", Map.of("role", "COORDINATOR")),
                    HttpStatus.FORBIDDEN, "forbidden");
            Api.problem(Api.post(as, "/api/v1/accounts/" + member + "/deactivation", null), HttpStatus.FORBIDDEN,
                    "forbidden");
            Api.problem(Api.post(as, "/api/v1/accounts/" + member + "/reactivation", null), HttpStatus.FORBIDDEN,
                    "forbidden");
        }
        JsonNode listed = account(member);
        assertThat(listed.get("active").asBoolean()).isTrue();
        assertThat(listed.get("roles").get(0).asText()).isEqualTo("FORUM_MEMBER");
    }

    @Test
    void theListNamesEveryAccountOfTheMunicipalityAndNoOther() {
        TestMunicipality other = TestMunicipality.signUp(http, userAccounts);
        JsonNode list = coordinator.getForObject("/api/v1/accounts", JsonNode.class);
        assertThat(list.findValuesAsText("email")).containsExactlyInAnyOrderElementsOf(
                municipality.usernames().values()).doesNotContainAnyElementsOf(other.usernames().values());
        JsonNode self = account(id(Role.COORDINATOR));
        assertThat(self.get("name").asText()).isEqualTo("Kari Koordinator");
        assertThat(self.get("roles").get(0).asText()).isEqualTo("COORDINATOR");
        assertThat(self.get("createdAt").asText()).isNotBlank();
    }

    @Test
    void anotherMunicipalitysAccountIsNotFoundAndStaysAsItIs() {
        TestMunicipality other = TestMunicipality.signUp(http, userAccounts);
        UUID theirs = userAccounts.find(other.usernames().get(Role.FORUM_MEMBER)).orElseThrow().userId();
        Api.problem(Api.post(coordinator, "/api/v1/accounts/" + theirs + "/role", Map.of("role", "COORDINATOR")),
                HttpStatus.NOT_FOUND, "not-found");
        Api.problem(Api.post(coordinator, "/api/v1/accounts/" + theirs + "/deactivation", null),
                HttpStatus.NOT_FOUND, "not-found");
        Api.problem(Api.post(coordinator, "/api/v1/accounts/" + theirs + "/reactivation", null),
                HttpStatus.NOT_FOUND, "not-found");
        JsonNode still = other.as(http, Role.COORDINATOR).getForObject("/api/v1/accounts", JsonNode.class);
        assertThat(find(still, theirs).get("active").asBoolean()).isTrue();
        assertThat(find(still, theirs).get("roles").get(0).asText()).isEqualTo("FORUM_MEMBER");
    }

    @Test
    void aRoleChangesToOneOfAMembersAndNeverTheCoordinatorsOwn() {
        UUID member = id(Role.FORUM_MEMBER);
        Api.noContent(Api.post(coordinator, "/api/v1/accounts/" + member + "/role", Map.of("role",
                "LICENSING_OFFICER"), UUID.randomUUID().toString()));
        assertThat(account(member).get("roles").get(0).asText()).isEqualTo("LICENSING_OFFICER");
        ResponseEntity<JsonNode> auditor = Api.post(coordinator, "/api/v1/accounts/" + member + "/role",
                Map.of("role", "AUDITOR"));
        Api.problem(auditor, HttpStatus.BAD_REQUEST, "validation");
        assertThat(Api.fields(auditor)).containsExactly("role");
        Api.problem(Api.post(coordinator, "/api/v1/accounts/" + id(Role.AUDITOR) + "/role",
                Map.of("role", "FORUM_MEMBER")), HttpStatus.CONFLICT, "account.auditor");
        Api.problem(Api.post(coordinator, "/api/v1/accounts/" + id(Role.COORDINATOR) + "/role",
                Map.of("role", "FORUM_MEMBER")), HttpStatus.CONFLICT, "account.self");
        Api.problem(Api.post(coordinator, "/api/v1/accounts/" + id(Role.COORDINATOR) + "/deactivation", null),
                HttpStatus.CONFLICT, "account.self");
        assertThat(account(id(Role.COORDINATOR)).get("active").asBoolean()).isTrue();
    }

    /**
     * A coordinator signed in with an account always leaves one coordinator (themselves); a coordinator of the
     * identity provider has no account here, and two coordinators may deactivate each other at the same moment.
     */
    @Test
    void theMunicipalityKeepsAnActiveCoordinator() {
        UUID kari = id(Role.COORDINATOR);
        UUID tokenUser = UUID.randomUUID();
        assertThatThrownBy(() -> accounts.deactivate(municipality.tenantId(), tokenUser, kari))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("account.last-coordinator"));
        assertThatThrownBy(() -> accounts.changeRole(municipality.tenantId(), tokenUser, kari, Role.FORUM_MEMBER))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("account.last-coordinator"));

        String second = "second-" + UUID.randomUUID() + "@example.no";
        UUID olav = userAccounts.create(municipality.tenantId(), second, TestMunicipality.PASSWORD, "Olav Koordinator",
                EnumSet.of(Role.COORDINATOR)).userId();
        TestRestTemplate asOlav = http.withBasicAuth(second, TestMunicipality.PASSWORD);
        CompletableFuture<ResponseEntity<JsonNode>> olavEndsKari = CompletableFuture.supplyAsync(() ->
                Api.post(asOlav, "/api/v1/accounts/" + kari + "/deactivation", null));
        CompletableFuture<ResponseEntity<JsonNode>> kariEndsOlav = CompletableFuture.supplyAsync(() ->
                Api.post(coordinator, "/api/v1/accounts/" + olav + "/deactivation", null));
        List<ResponseEntity<JsonNode>> answers = List.of(olavEndsKari.join(), kariEndsOlav.join());
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.NO_CONTENT).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() != HttpStatus.NO_CONTENT)
                .allSatisfy(refused -> assertThat(refused.getStatusCode().value()).isIn(409, 401));
        assertThat(accounts.list(municipality.tenantId())).as("active coordinators")
                .filteredOn(account -> account.active() && account.roles().contains(Role.COORDINATOR)).hasSize(1);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsPageSessionEnds() throws Exception {
        String username = municipality.usernames().get(Role.LICENSING_OFFICER);
        UUID officer = id(Role.LICENSING_OFFICER);
        PageClient pages = new PageClient(port);
        String session = pages.signIn(username, TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/", session)).statusCode()).isEqualTo(200);

        Api.noContent(Api.post(coordinator, "/api/v1/accounts/" + officer + "/deactivation", null));
        assertThat(account(officer).get("active").asBoolean()).isFalse();
        HttpResponse<String> ended = pages.send(pages.get("/", session));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(pages.send(pages.get("/", session)).headers().firstValue("Location"))
                .as("the session is gone, not only refused once").hasValueSatisfying(to -> assertThat(to)
                        .endsWith("/login"));
        assertThat(municipality.as(http, Role.LICENSING_OFFICER).getForEntity("/api/v1/venues", JsonNode.class)
                .getStatusCode()).as("Basic").isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpResponse<String> form = pages.send(pages.get("/login", null));
        HttpResponse<String> refused = pages.send(pages.form("/login", PageClient.sessionCookie(form).orElseThrow(),
                "username=" + encode(username) + "&password=" + encode(TestMunicipality.PASSWORD) + "&_csrf="
                        + encode(csrf(form.body()))));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .contains("/login?error"));
        Api.noContent(Api.post(coordinator, "/api/v1/accounts/" + officer + "/deactivation", null));

        Api.noContent(Api.post(coordinator, "/api/v1/accounts/" + officer + "/reactivation", null));
        String again = pages.signIn(username, TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/people/accounts", again)).statusCode()).isEqualTo(403);
        Api.noContent(Api.post(coordinator, "/api/v1/accounts/" + officer + "/role", Map.of("role", "COORDINATOR")));
        assertThat(pages.send(pages.get("/people/accounts", again)).statusCode())
                .as("the open session has the account's new role").isEqualTo(200);
    }

    private UUID id(Role role) {
        return userAccounts.find(municipality.usernames().get(role)).orElseThrow().userId();
    }

    private JsonNode account(UUID id) {
        return find(coordinator.getForObject("/api/v1/accounts", JsonNode.class), id);
    }

    private static JsonNode find(JsonNode list, UUID id) {
        for (JsonNode account : list) {
            if (account.get("id").asText().equals(id.toString())) {
                return account;
            }
        }
        throw new AssertionError("no account " + id + " in " + list);
    }
}
