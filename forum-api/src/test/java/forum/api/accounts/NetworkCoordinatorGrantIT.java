package forum.api.accounts;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

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

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkCoordinatorGrantIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestRestTemplate operator;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        operator = http.withBasicAuth(TestMunicipality.createOperator(accounts), TestMunicipality.PASSWORD);
    }

    UUID network() {
        return created(post(operator, "/api/v1/networks", Map.of("name", "Ansvarlig udskænkning", "country", "DK")));
    }

    ResponseEntity<JsonNode> grant(TestRestTemplate as, UUID networkId, String email) {
        return post(as, "/api/v1/networks/" + networkId + "/coordinators", Map.of("email", email, "name", "Nete Netværk"));
    }

    @Test
    void theOperatorGrantsANetworkCoordinatorWhoseAccountBelongsToTheNetworkAndNoTenant() {
        UUID networkId = network();
        String email = Invitees.email("network");

        JsonNode accepted = Invitees.accepted(http, Invitees.token(grant(operator, networkId, email)));

        assertThat(accepted.get("role").asText()).isEqualTo("NETWORK_COORDINATOR");
        assertThat(accepted.get("networkId").asText()).isEqualTo(networkId.toString());
        assertThat(accepted.get("tenantId").isNull()).isTrue();
        ForumUser account = accounts.find(email).orElseThrow();
        assertThat(account.networkId()).isEqualTo(networkId);
        assertThat(account.tenantId()).isNull();
        assertThat(account.roles()).containsExactly(Role.NETWORK_COORDINATOR);
        // Signed in (not 401), but a network coordinator sends no tenant's commands.
        problem(post(http.withBasicAuth(email, Invitees.PASSWORD), "/api/v1/invitations",
                Map.of("email", Invitees.email("no"), "name", "No", "role", "FORUM_MEMBER")),
                HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void anUnknownNetworkIsNotFound() {
        problem(grant(operator, UUID.randomUUID(), Invitees.email("nowhere")), HttpStatus.NOT_FOUND, "not-found");
        problem(grant(operator, home.tenantId(), Invitees.email("tenant")), HttpStatus.NOT_FOUND, "not-found");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheOperatorGrantsNetworkCoordinators(Role role) {
        problem(grant(home.as(http, role), network(), Invitees.email("self")), HttpStatus.FORBIDDEN, "forbidden");
    }
}
