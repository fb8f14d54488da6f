package forum.api.network;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.queries.Cases;
import forum.api.support.SignUps;
import forum.projections.networkstatistics.Quarter;

/**
 * A Swedish network of two member municipalities with this quarter's cases, made through the API as the operator and
 * the municipalities' coordinators would. Karlstad held one meeting and registered one venue with three issues of
 * disorder and one of violence; Örebro registered three venues with one drug issue each. So the network coordinator
 * sees 3s and 0s, and Karlstad's meeting, venue and violence (and the network's violence) suppressed.
 */
record NetworkOfTwo(UUID networkId, String networkName, String coordinator, String quarter,
                    List<String> namesNeverShown) {

    static NetworkOfTwo create(TestRestTemplate http, UserAccounts accounts, boolean withCases) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestRestTemplate operator = http.withBasicAuth(TestMunicipality.createOperator(accounts),
                TestMunicipality.PASSWORD);
        String networkName = "Krogar mot knark Sverige " + suffix;
        UUID networkId = created(post(operator, "/api/v1/networks", Map.of("name", networkName, "country", "SE")));
        SignUps.Tenant karlstad = SignUps.signUp(http, "SE", "Karlstad", "Sam Samordnare");
        SignUps.Tenant orebro = SignUps.signUp(http, "SE", "Örebro", "Olle Samordnare");
        for (SignUps.Tenant member : List.of(karlstad, orebro)) {
            Cases.invite(operator, member.tenantId(), networkId);
            assertThat(post(member.as(http), "/api/v1/networks/" + networkId + "/members", null)
                    .getStatusCode().value()).isEqualTo(201);
        }
        String coordinator = "nora-" + UUID.randomUUID() + "@example.se";
        accounts.create(new UserAccounts.NewAccount(null, networkId, coordinator, "Nora Nätverk",
                EnumSet.of(Role.NETWORK_COORDINATOR), null), SignUps.PASSWORD);
        NetworkOfTwo network = new NetworkOfTwo(networkId, networkName, coordinator,
                Quarter.of(Instant.now()).toString(), List.of("Hemliga baren", "Kajen", "Stadshuset", "Pelle Polis",
                "Bråk utanför", "Misshandel", "Nattklubben", "Ölstugan", "Narkotika i toaletten"));
        if (withCases) {
            network.cases(http, karlstad, orebro, suffix);
        }
        return network;
    }

    private void cases(TestRestTemplate http, SignUps.Tenant karlstad, SignUps.Tenant orebro, String suffix) {
        TestRestTemplate k = karlstad.as(http);
        UUID forum = created(post(k, "/api/v1/forums", Map.of("name", "Krogar mot knark Karlstad",
                "method", "KROGAR_MOT_KNARK", "meetingsPerYear", 4)));
        UUID police = created(post(k, "/api/v1/forums/" + forum + "/members", Map.of("personName",
                "Pelle Polis " + suffix, "organisation", "Polisen Värmland", "role", "POLICE")));
        UUID meeting = created(post(k, "/api/v1/meetings", Map.of("forumId", forum,
                "startsAt", Instant.now().plus(Duration.ofMinutes(30)).toString(), "duration", "PT1H",
                "location", "Stadshuset " + suffix, "agenda", List.of("Läget"))));
        noContent(put(k, "/api/v1/meetings/" + meeting + "/attendance", Map.of("presentMemberIds", List.of(police))));
        UUID venue = venue(k, "Hemliga baren " + suffix);
        Instant observed = Instant.now().minus(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            issue(k, venue, "DISORDER", observed, "Bråk utanför " + suffix);
        }
        issue(k, venue, "VIOLENCE", observed, "Misshandel " + suffix);
        TestRestTemplate o = orebro.as(http);
        for (String name : List.of("Kajen ", "Nattklubben ", "Ölstugan ")) {
            issue(o, venue(o, name + suffix), "DRUGS", observed, "Narkotika i toaletten " + suffix);
        }
    }

    /** Waits until the network's statistics count every case above. */
    void counted(TestRestTemplate http) {
        TestRestTemplate asCoordinator = http.withBasicAuth(coordinator, SignUps.PASSWORD);
        String statistics = "/api/v1/networks/" + networkId + "/statistics?quarter=" + quarter;
        await().atMost(Duration.ofSeconds(30)).until(() -> asCoordinator.getForObject(statistics, JsonNode.class),
                dashboard -> dashboard != null && dashboard.has("totals")
                        && dashboard.get("municipalities").size() == 2
                        && dashboard.get("totals").get("issuesByCategory").get("DISORDER").path("value").asInt() == 3
                        && dashboard.get("totals").get("issuesByCategory").get("DRUGS").path("value").asInt() == 3
                        && dashboard.get("totals").get("issuesByCategory").get("VIOLENCE").get("suppressed").asBoolean()
                        && venues(dashboard, 0).get("suppressed").asBoolean()
                        && venues(dashboard, 1).path("value").asInt() == 3);
    }

    /** The venues registered by the dashboard's n-th municipality (by name: Karlstad, Örebro). */
    private static JsonNode venues(JsonNode dashboard, int municipality) {
        return dashboard.get("municipalities").get(municipality).get("figures").get("venuesRegistered");
    }

    private static UUID venue(TestRestTemplate as, String name) {
        return created(post(as, "/api/v1/venues", Map.of("name", name, "address", "Storgatan 1",
                "licenceNumber", "TS-" + name, "licenceHolder", name + " AB", "licenceKind", "PERMANENT_PUBLIC",
                "servingHours", "18-02")));
    }

    private static void issue(TestRestTemplate as, UUID venueId, String category, Instant observedAt,
                              String description) {
        created(post(as, "/api/v1/venues/" + venueId + "/issues", Map.of("category", category,
                "observedAt", observedAt.toString(), "source", "POLICE", "description", description,
                "severity", "MEDIUM")));
    }
}
