package forum.api.network;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.delete;
import static forum.api.commands.Api.fields;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.postJson;
import static forum.api.commands.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import forum.api.queries.Cases;
import forum.api.queries.Reads;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.network.MunicipalityInvitedToNetwork;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.MunicipalityLeftNetwork;
import forum.core.network.NetworkCreated;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkApiIT {

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
    TestRestTemplate operator;

    @BeforeAll
    void signUp() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        operator = http.withBasicAuth(TestMunicipality.createOperator(accounts), TestMunicipality.PASSWORD);
    }

    UUID network() {
        return created(post(operator, "/api/v1/networks", Map.of("name", "Krogar mot knark", "country", "SE")));
    }

    void invite(TestMunicipality municipality, UUID networkId) {
        assertThat(post(operator, "/api/v1/networks/" + networkId + "/invitations",
                Map.of("municipalityId", municipality.tenantId())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theOperatorCreatesANetworkAndInvitedCoordinatorsJoinAndLeaveForTheirOwnMunicipality() {
        UUID networkId = network();
        String members = "/api/v1/networks/" + networkId + "/members";
        invite(home, networkId);
        invite(other, networkId);

        ResponseEntity<JsonNode> joined = post(home.as(http, Role.COORDINATOR), members, null);
        assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(joined.getHeaders().getLocation()).hasPath(members + "/mine");
        assertThat(post(other.as(http, Role.COORDINATOR), members, null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        noContent(delete(home.as(http, Role.COORDINATOR), members + "/mine"));

        assertThat(StoredEvents.of(relay, networkId)).extracting(StoredEvents.Row::payloadType, StoredEvents.Row::tenantId)
                .containsExactly(
                        tuple(NetworkCreated.class.getName(), null),
                        tuple(MunicipalityInvitedToNetwork.class.getName(), home.tenantId().toString()),
                        tuple(MunicipalityInvitedToNetwork.class.getName(), other.tenantId().toString()),
                        tuple(MunicipalityJoinedNetwork.class.getName(),
                                home.tenantId().toString()),
                        tuple(MunicipalityJoinedNetwork.class.getName(),
                                other.tenantId().toString()),
                        tuple(MunicipalityLeftNetwork.class.getName(),
                                home.tenantId().toString()));
    }

    @Test
    void aMunicipalityJoinsOnceAndLeavesOnlyWhenAMember() {
        UUID networkId = network();
        String members = "/api/v1/networks/" + networkId + "/members";
        TestRestTemplate coordinator = home.as(http, Role.COORDINATOR);

        problem(delete(coordinator, members + "/mine"), HttpStatus.CONFLICT, "network.not-a-member");
        problem(post(coordinator, members, null), HttpStatus.CONFLICT, "network.not-invited");
        invite(home, networkId);
        assertThat(post(coordinator, members, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        problem(post(coordinator, members, null), HttpStatus.CONFLICT, "network.already-member");
        assertThat(StoredEvents.count(relay, networkId)).isEqualTo(3);
    }

    @Test
    void invalidOrMalformedNetworksAreBadRequests() {
        ResponseEntity<JsonNode> invalid = post(operator, "/api/v1/networks", Map.of("name", ""));
        problem(invalid, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("name", "country");

        problem(post(operator, "/api/v1/networks", Map.of("name", "Nordic", "country", "FI")),
                HttpStatus.BAD_REQUEST, "malformed-body");
        problem(postJson(operator, "/api/v1/networks", "name=Nordic"), HttpStatus.BAD_REQUEST, "malformed-body");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheOperatorCreatesNetworks(Role role) {
        problem(post(home.as(http, role), "/api/v1/networks", Map.of("name", "Eget nätverk", "country", "SE")),
                HttpStatus.FORBIDDEN, "forbidden");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LICENSING_OFFICER", "FORUM_MEMBER", "NETWORK_COORDINATOR", "AUDITOR"})
    void onlyTheCoordinatorConsentsToMembership(Role role) {
        UUID networkId = network();
        String members = "/api/v1/networks/" + networkId + "/members";

        problem(post(home.as(http, role), members, null), HttpStatus.FORBIDDEN, "forbidden");
        problem(delete(home.as(http, role), members + "/mine"), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(StoredEvents.count(relay, networkId)).isEqualTo(1);
    }

    @Test
    void theOperatorJoinsNoNetworkItBelongsToNoMunicipality() {
        UUID networkId = network();
        problem(post(operator, "/api/v1/networks/" + networkId + "/members", null), HttpStatus.FORBIDDEN,
                "forbidden");
    }

    @Test
    void theNetworksCoordinatorInvitesToItsOwnNetworkOnlyAndTheMunicipalityDeclinesOrJoins() {
        UUID networkId = network();
        UUID elsewhere = network();
        TestRestTemplate networkCoordinator = Cases.networkCoordinator(http, accounts,
                networkId);
        String invitations = "/api/v1/networks/" + networkId + "/invitations";

        assertThat(post(networkCoordinator, invitations, Map.of("municipalityId", home.tenantId())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        problem(post(networkCoordinator, invitations, Map.of("municipalityId", home.tenantId())),
                HttpStatus.CONFLICT, "network.already-invited");
        problem(post(networkCoordinator, "/api/v1/networks/" + elsewhere + "/invitations",
                Map.of("municipalityId", home.tenantId())), HttpStatus.NOT_FOUND, "not-found");
        problem(post(networkCoordinator, invitations, Map.of("municipalityId", UUID.randomUUID())),
                HttpStatus.NOT_FOUND, "network.unknown-municipality");
        ResponseEntity<JsonNode> missing = post(networkCoordinator, invitations, Map.of());
        problem(missing, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(missing)).containsExactly("municipalityId");

        TestRestTemplate coordinator = home.as(http, Role.COORDINATOR);
        JsonNode received = Reads.eventually(coordinator, "/api/v1/municipality/network-invitations",
                list -> list.toString().contains(networkId.toString()));
        assertThat(received.get(0).get("state").asText()).isEqualTo("STANDING");
        noContent(delete(coordinator, invitations + "/mine"));
        problem(post(coordinator, "/api/v1/networks/" + networkId + "/members", null), HttpStatus.CONFLICT,
                "network.not-invited");

        assertThat(post(networkCoordinator, invitations, Map.of("municipalityId", home.tenantId())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post(coordinator, "/api/v1/networks/" + networkId + "/members", null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        JsonNode sent = Reads.eventually(networkCoordinator, invitations,
                list -> list.toString().contains("ACCEPTED"));
        assertThat(sent.get(0).get("municipalityName").asText()).isNotBlank();
        assertThat(sent.get(0).get("tenantId").asText()).isEqualTo(home.tenantId().toString());
    }

    @Test
    void theOperatorWithdrawsAStandingInvitation() {
        UUID networkId = network();
        invite(other, networkId);
        noContent(delete(operator, "/api/v1/networks/" + networkId + "/invitations/" + other.tenantId()));
        problem(delete(operator, "/api/v1/networks/" + networkId + "/invitations/" + other.tenantId()),
                HttpStatus.CONFLICT, "network.not-invited");
        problem(post(other.as(http, Role.COORDINATOR), "/api/v1/networks/" + networkId + "/members", null),
                HttpStatus.CONFLICT, "network.not-invited");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "LICENSING_OFFICER", "FORUM_MEMBER", "AUDITOR"})
    void municipalitiesDoNotInvite(Role role) {
        UUID networkId = network();
        problem(post(home.as(http, role), "/api/v1/networks/" + networkId + "/invitations",
                Map.of("municipalityId", other.tenantId())), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(StoredEvents.count(relay, networkId)).isEqualTo(1);
    }

    @Test
    void anUnknownNetworkIsNotFound() {
        problem(post(home.as(http, Role.COORDINATOR), "/api/v1/networks/" + UUID.randomUUID() + "/members", null),
                HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneNetwork() {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("name", "Nasjonalt nettverk " + key, "country", "NO");

        UUID first = created(post(operator, "/api/v1/networks", body, key));
        UUID retry = created(post(operator, "/api/v1/networks", body, key));

        assertThat(retry).isEqualTo(first);
        assertThat(relay.jdbc().sql("select count(*) from domain_event_entry where payload_type = :type "
                        + "and convert_from(payload, 'UTF8')::jsonb ->> 'name' = :name")
                .param("type", NetworkCreated.class.getName()).param("name", body.get("name"))
                .query(Long.class).single()).isEqualTo(1);
    }
}
