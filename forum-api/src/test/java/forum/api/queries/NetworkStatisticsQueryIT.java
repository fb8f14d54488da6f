package forum.api.queries;

import static forum.api.queries.Reads.eventually;
import static forum.api.queries.Reads.forbidden;
import static forum.api.queries.Reads.invalid;
import static forum.api.queries.Reads.items;
import static forum.api.queries.Reads.notFound;
import static forum.api.queries.Reads.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkStatisticsQueryIT {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestRestTemplate coordinator;
    TestRestTemplate operator;
    TestRestTemplate networkCoordinator;
    UUID network;
    UUID otherNetwork;
    String quarter;
    String municipalityName;

    /**
     * In this quarter the municipality held one meeting and registered one venue with three issues of disorder
     * and one of violence: network coordinators see 3, the rest (1s) suppressed; the municipality sees all.
     */
    @BeforeAll
    void aMunicipalityInANetwork() {
        operator = Cases.operator(http, accounts);
        home = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        network = Cases.network(operator, "Krogar mot knark " + SUFFIX);
        otherNetwork = Cases.network(operator, "Ansvarsfull alkoholservering " + SUFFIX);
        Cases.join(operator, http, home, network);
        networkCoordinator = Cases.networkCoordinator(http, accounts, network);

        UUID forum = Cases.forum(coordinator, "Referensgruppen");
        UUID police = Cases.member(coordinator, forum, "Pelle Polis " + SUFFIX, "POLICE");
        UUID meeting = Cases.meeting(coordinator, forum, Instant.now().plus(Duration.ofMinutes(30)), "PT1H",
                "Stadshuset");
        Api.noContent(Api.put(coordinator, "/api/v1/meetings/" + meeting + "/attendance",
                Map.of("presentMemberIds", List.of(police))));
        UUID venue = Cases.venue(coordinator, "Hemliga baren " + SUFFIX);
        Instant observed = Instant.now().minus(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            Cases.issue(coordinator, venue, "DISORDER", observed, "Bråk utanför, Olle " + SUFFIX);
        }
        Cases.issue(coordinator, venue, "VIOLENCE", observed, "Misshandel " + SUFFIX);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        municipalityName = eventually(coordinator, "/api/v1/municipality", profile -> true).get("name").asText();
    }

    String statistics() {
        return "/api/v1/networks/" + network + "/statistics?quarter=" + quarter;
    }

    @Test
    void theNetworkCoordinatorSeesCountsWithSmallOnesSuppressedAndNothingThatNamesAVenueOrAPerson() {
        JsonNode dashboard = eventually(networkCoordinator, statistics(), d -> d.toString().contains(municipalityName)
                && d.get("totals").get("issuesByCategory").get("DISORDER").get("value").asInt() == 3
                && d.get("totals").get("meetingsHeld").get("suppressed").asBoolean());

        assertThat(dashboard.get("networkName").asText()).isEqualTo("Krogar mot knark " + SUFFIX);
        assertThat(dashboard.get("quarter").asText()).isEqualTo(quarter);
        assertThat(Reads.texts(dashboard.get("municipalities"), "name")).containsExactly(municipalityName);
        JsonNode figures = dashboard.get("municipalities").get(0).get("figures");
        assertThat(figures.get("issuesByCategory").get("DISORDER").get("value").asInt()).isEqualTo(3);
        assertThat(figures.get("issuesByCategory").get("VIOLENCE").get("suppressed").asBoolean()).isTrue();
        assertThat(figures.get("issuesByCategory").get("VIOLENCE").get("value").isNull()).isTrue();
        assertThat(figures.get("venuesRegistered").get("suppressed").asBoolean()).isTrue();
        assertThat(figures.get("meetingsHeld").get("suppressed").asBoolean()).isTrue();
        assertThat(dashboard.get("medians").get("suppressed").asBoolean()).isTrue();
        assertThat(dashboard.toString()).doesNotContain("Hemliga baren", "Pelle Polis",
                "Olle", "Misshandel", home.tenantId().toString());
    }

    @Test
    void withoutAQuarterTheCurrentOneIsShown() {
        eventually(networkCoordinator, statistics(), d -> d.toString().contains(municipalityName));
        assertThat(ok(networkCoordinator, "/api/v1/networks/" + network + "/statistics").get("quarter").asText())
                .isEqualTo(quarter);
    }

    @Test
    void aNetworkCoordinatorSeesNoOtherNetwork() {
        notFound(Cases.networkCoordinator(http, accounts, otherNetwork), statistics());
        notFound(networkCoordinator, "/api/v1/networks/" + otherNetwork + "/statistics");
        notFound(networkCoordinator, "/api/v1/networks/" + UUID.randomUUID() + "/statistics");
        // A network coordinator's account without a network sees none.
        notFound(home.as(http, Role.NETWORK_COORDINATOR), statistics());
    }

    @Test
    void municipalitiesAndTheOperatorReadNoNetworksStatistics() {
        for (Role role : List.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR)) {
            forbidden(home.as(http, role), statistics());
        }
        forbidden(operator, statistics());
    }

    @Test
    void aQuarterIsWrittenLike2026Q4() {
        invalid(networkCoordinator, "/api/v1/networks/" + network + "/statistics?quarter=2026-Q5", "quarter");
        invalid(networkCoordinator, "/api/v1/networks/" + network + "/statistics?quarter=Q4", "quarter");
        invalid(coordinator, "/api/v1/municipality/network-comparison?networkId=" + network + "&quarter=autumn",
                "quarter");
    }

    @Test
    void theCoordinatorComparesTheOwnFiguresWithTheNetworksMedians() {
        String comparison = "/api/v1/municipality/network-comparison?networkId=" + network + "&quarter=" + quarter;
        JsonNode compared = eventually(coordinator, comparison,
                c -> c.get("own").get("issuesByCategory").get("VIOLENCE").get("value").asInt() == 1
                        && c.get("own").get("meetingsHeld").get("value").asInt() == 1);

        assertThat(compared.get("municipalityName").asText()).isEqualTo(municipalityName);
        assertThat(compared.get("own").get("issuesByCategory").get("DISORDER").get("value").asInt()).isEqualTo(3);
        assertThat(compared.get("own").get("venuesRegistered").get("suppressed").asBoolean()).isFalse();
        assertThat(compared.get("network").get("suppressed").asBoolean()).isTrue();

        notFound(coordinator, "/api/v1/municipality/network-comparison?networkId=" + otherNetwork);
        notFound(TestMunicipality.signUp(http, accounts).as(http, Role.COORDINATOR), comparison);
        invalid(coordinator, "/api/v1/municipality/network-comparison", "networkId");
        for (Role role : List.of(Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR, Role.NETWORK_COORDINATOR)) {
            forbidden(home.as(http, role), comparison);
        }
        forbidden(operator, comparison);
        forbidden(networkCoordinator, comparison);
    }

    @Test
    void theMunicipalityListsItsNetworksLatestMembershipFirst() {
        TestMunicipality visitor = TestMunicipality.signUp(http, accounts);
        TestRestTemplate visitorsCoordinator = visitor.as(http, Role.COORDINATOR);
        Cases.join(operator, http, visitor, network);
        Cases.join(operator, http, visitor, otherNetwork);
        Api.noContent(Api.delete(visitorsCoordinator, "/api/v1/networks/" + otherNetwork + "/members/mine"));

        JsonNode memberships = eventually(visitor.as(http, Role.AUDITOR), "/api/v1/municipality/networks",
                page -> page.get("totalItems").asInt() == 2 && page.toString().contains("leftAt\":\""));
        assertThat(items(memberships, "networkId")).containsExactly(otherNetwork.toString(), network.toString());
        assertThat(memberships.get("items").get(0).get("leftAt").isNull()).isFalse();
        assertThat(memberships.get("items").get(1).get("leftAt").isNull()).isTrue();
        assertThat(items(ok(visitorsCoordinator, "/api/v1/municipality/networks?size=1&page=1"), "networkId"))
                .containsExactly(network.toString());

        forbidden(operator, "/api/v1/municipality/networks");
        forbidden(networkCoordinator, "/api/v1/municipality/networks");
    }
}
