package forum.api.network;

import static forum.api.network.SignedUpKeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.projections.municipality.MunicipalityKeys;
import forum.projections.municipality.MunicipalityProfiles;
import forum.projections.networkstatistics.NetworkInvitation;
import forum.projections.networkstatistics.NetworkInvitations;

/**
 * The membership pages over HTTP: each page opens for the roles its JSON twin admits and answers 403 to the others;
 * a Norwegian coordinator declines an invitation, joins on a second one, compares and leaves after confirming; a key
 * no municipality has is said beside the field and invites nobody; another network is out of reach.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkMembershipPagesIT {

    private static final String ENGLISH = "; forum-language=en";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MunicipalityProfiles profiles;

    @Autowired
    MunicipalityKeys keys;

    @Autowired
    NetworkInvitations invitations;

    @LocalServerPort
    int port;

    PageClient pages;
    TestMunicipality home;
    String homeKey;
    String homeName;
    UUID networkA;
    UUID networkB;
    String operator;
    String coordinatorOfA;
    String coordinatorOfB;
    String homeCoordinator;

    @BeforeAll
    void twoNetworksAndAMunicipality() throws Exception {
        pages = new PageClient(port);
        home = TestMunicipality.signUp(http, accounts);
        homeKey = SignedUpKeys.keyOf(profiles, keys, home.tenantId());
        homeName = profiles.of(home.tenantId()).orElseThrow().name();
        String operatorName = TestMunicipality.createOperator(accounts);
        TestRestTemplate asOperator = http.withBasicAuth(operatorName, TestMunicipality.PASSWORD);
        networkA = Api.created(Api.post(asOperator, "/api/v1/networks", Map.of("name", "Trygt uteliv Nord",
                "country", "NO")));
        networkB = Api.created(Api.post(asOperator, "/api/v1/networks", Map.of("name", "Skjenkekontroll Sør",
                "country", "NO")));
        operator = pages.signIn(operatorName, TestMunicipality.PASSWORD) + ENGLISH;
        coordinatorOfA = pages.signIn(networkCoordinator(networkA), TestMunicipality.PASSWORD) + ENGLISH;
        coordinatorOfB = pages.signIn(networkCoordinator(networkB), TestMunicipality.PASSWORD) + ENGLISH;
        homeCoordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
    }

    @Test
    void eachPageOpensForTheRolesItsJsonTwinAdmitsAndIsRefusedToEveryOther() throws Exception {
        Map<Role, String> sessions = new EnumMap<>(Role.class);
        for (Map.Entry<Role, String> account : home.usernames().entrySet()) {
            sessions.put(account.getKey(), pages.signIn(account.getValue(), TestMunicipality.PASSWORD));
        }
        sessions.put(Role.NETWORK_COORDINATOR, coordinatorOfA);
        sessions.put(Role.OPERATOR, operator);
        assertThat(sessions.keySet()).isEqualTo(EnumSet.allOf(Role.class));
        Map<String, Set<Role>> mayOpen = Map.of(
                "/municipality/networks",
                EnumSet.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR),
                "/network/members", EnumSet.of(Role.NETWORK_COORDINATOR),
                "/operator/networks/" + networkA + "/invitations", EnumSet.of(Role.OPERATOR));
        Map<String, Set<Role>> maySend = Map.of(
                "/municipality/networks/" + networkA + "/membership", EnumSet.of(Role.COORDINATOR),
                "/municipality/networks/" + networkA + "/declination", EnumSet.of(Role.COORDINATOR),
                "/municipality/networks/" + networkA + "/leaving", EnumSet.of(Role.COORDINATOR),
                "/network/invitations", EnumSet.of(Role.NETWORK_COORDINATOR),
                "/network/invitations/withdrawal", EnumSet.of(Role.NETWORK_COORDINATOR),
                "/operator/networks/" + networkA + "/invitations", EnumSet.of(Role.OPERATOR),
                "/operator/networks/" + networkA + "/invitations/withdrawal", EnumSet.of(Role.OPERATOR));
        for (Map.Entry<Role, String> session : sessions.entrySet()) {
            Role role = session.getKey();
            for (Map.Entry<String, Set<Role>> page : mayOpen.entrySet()) {
                HttpResponse<String> answer = pages.send(pages.get(page.getKey(), session.getValue()));
                assertThat(answer.statusCode()).as("%s opening %s", role, page.getKey())
                        .isEqualTo(page.getValue().contains(role) ? 200 : 403);
            }
            assertThat(pages.send(pages.get("/municipality/networks/" + networkA + "/comparison",
                    session.getValue())).statusCode()).as("%s comparing", role)
                    .isEqualTo(role == Role.COORDINATOR ? 404 : 403);
            String csrf = csrf(session.getValue());
            for (Map.Entry<String, Set<Role>> form : maySend.entrySet()) {
                if (!form.getValue().contains(role)) {
                    HttpResponse<String> refused = pages.send(pages.form(form.getKey(), session.getValue(),
                            "municipalityKey=" + PageClient.encode(homeKey) + "&municipalityId=" + home.tenantId()
                                    + "&_csrf=" + PageClient.encode(csrf)));
                    assertThat(refused.statusCode()).as("%s sending %s", role, form.getKey()).isEqualTo(403);
                }
            }
        }
        assertThat(invitations.sent(networkA).orElseThrow()).extracting(NetworkInvitation::tenantId).doesNotContain(home.tenantId());
    }

    @Test
    void aCoordinatorDeclinesJoinsOnConsentComparesAndLeavesAfterConfirming() throws Exception {
        TestMunicipality municipality = TestMunicipality.signUp(http, accounts);
        String key = SignedUpKeys.keyOf(profiles, keys, municipality.tenantId());
        String name = profiles.of(municipality.tenantId()).orElseThrow().name();
        String coordinator = pages.signIn(municipality.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        String operatorPage = "/operator/networks/" + networkA + "/invitations";

        // The key as people type it: lower case, spaces around.
        assertThat(redirect(send(operator, operatorPage, "municipalityKey=" + PageClient.encode(
                " " + key.toLowerCase() + " ")))).isEqualTo(operatorPage);
        assertThat(page(operator, operatorPage)).contains(name + " is invited. It joins when its coordinator consents.",
                name, "standing", "Withdraw the invitation");

        String networks = eventuallyShowing(coordinator, "/municipality/networks", "Trygt uteliv Nord");
        assertThat(networks).contains("Invitasjoner til å bli med", "Bli med (jeg samtykker)", "Avslå",
                "Antall på 1 eller 2 skjules", "Nettverket ser aldri et skjenkested, en person eller fritekst.",
                "Kommunen er ikke og har ikke vært medlem av noe nettverk.");
        assertThat(redirect(send(coordinator, "/municipality/networks/" + networkA + "/declination", "")))
                .isEqualTo("/municipality/networks");
        assertThat(page(coordinator, "/municipality/networks")).contains(
                "Invitasjonen fra Trygt uteliv Nord er avslått.", "Ingen nettverk har invitert kommunen.");
        eventuallyShowing(operator, operatorPage, "declined");

        assertThat(followed(operator, send(operator, operatorPage, "municipalityKey=" + PageClient.encode(key))))
                .contains(name + " is invited.");
        eventuallyShowing(coordinator, "/municipality/networks", "Bli med (jeg samtykker)");
        assertThat(redirect(send(coordinator, "/municipality/networks/" + networkA + "/membership", "")))
                .isEqualTo("/municipality/networks");
        assertThat(page(coordinator, "/municipality/networks")).contains(
                "Kommunen er nå medlem av Trygt uteliv Nord.", "Fortsatt medlem", "Sammenlign med nettverket",
                "/municipality/networks/" + networkA + "/leaving").doesNotContain("Bli med (jeg samtykker)");

        String officer = pages.signIn(municipality.usernames().get(Role.LICENSING_OFFICER), TestMunicipality.PASSWORD);
        assertThat(page(officer, "/municipality/networks")).contains("Trygt uteliv Nord", "Fortsatt medlem")
                .doesNotContain("/leaving", "/comparison", "Bli med", "method=\"post\" action=\"/municipality");

        String comparison = page(coordinator, "/municipality/networks/" + networkA + "/comparison");
        assertThat(comparison).contains("Trygt uteliv Nord: våre tall ved siden av nettverkets", "Nettverkets median",
                "Avholdte møter", "Oppmøte per rolle", "Hendelser per kategori", "Skjult",
                "Medianene er skjult: nettverket hadde 1 medlemskommune i dette kvartalet", "<th scope=\"row\"", "<caption");
        assertThat(page(coordinator, "/municipality/networks/" + networkA + "/comparison?quarter=neste"))
                .contains("id=\"quarter-error\"", "aria-invalid=\"true\"", "Velg et kvartal i listen");
        assertThat(page(coordinator, "/municipality/networks/" + networkA + "/comparison?quarter=2001-Q1"))
                .contains("Kommunen var ikke medlem av nettverket i 2001-Q1");

        assertThat(page(coordinator, "/municipality/networks/" + networkA + "/leaving"))
                .contains("Forlate Trygt uteliv Nord?", "Nei, forbli medlem");
        assertThat(redirect(send(coordinator, "/municipality/networks/" + networkA + "/leaving", "")))
                .isEqualTo("/municipality/networks");
        assertThat(page(coordinator, "/municipality/networks")).contains("Kommunen har forlatt Trygt uteliv Nord.")
                .doesNotContain("Fortsatt medlem");
        assertThat(pages.send(pages.get("/municipality/networks/" + networkA + "/leaving", coordinator))
                .statusCode()).isEqualTo(404);

        String members = eventuallyShowing(coordinatorOfA, "/network/members", key);
        assertThat(members).contains("Trygt uteliv Nord: members and invitations", name, "accepted")
                .doesNotContain("Still a member");
    }

    @Test
    void aKeyNoMunicipalityHasIsSaidBesideTheFieldAndInvitesNobody() throws Exception {
        TestMunicipality invited = TestMunicipality.signUp(http, accounts);
        String key = SignedUpKeys.keyOf(profiles, keys, invited.tenantId());

        String unknown = htmlOf(send(coordinatorOfB, "/network/invitations", "municipalityKey=ZZ-0000"));
        assertThat(unknown).contains("id=\"municipalityKey-error\"", "aria-invalid=\"true\"",
                "No signed-up municipality has this key. Check the country and the official code.",
                "There is a problem");
        assertThat(htmlOf(send(coordinatorOfB, "/network/invitations", "municipalityKey=")))
                .contains("id=\"municipalityKey-error\"", "Fill in this field.");
        assertThat(invitations.sent(networkB).orElseThrow()).isEmpty();

        assertThat(followed(coordinatorOfB, send(coordinatorOfB, "/network/invitations", "municipalityKey=" + key)))
                .contains(" is invited. It joins when its coordinator consents.");
        String again = htmlOf(send(coordinatorOfB, "/network/invitations", "municipalityKey=" + key));
        assertThat(again).contains("id=\"municipalityKey-error\"",
                "The municipality is invited to the network already.");
        assertThat(invitations.sent(networkB).orElseThrow()).extracting(NetworkInvitation::tenantId, NetworkInvitation::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(invited.tenantId(), "STANDING"));

        assertThat(redirect(send(coordinatorOfB, "/network/invitations/withdrawal",
                "municipalityId=" + invited.tenantId()))).isEqualTo("/network/members");
        assertThat(page(coordinatorOfB, "/network/members")).contains("The invitation was withdrawn.", "withdrawn");
    }

    @Test
    void anotherNetworkIsNotFoundOrOutOfReach() throws Exception {
        TestMunicipality invited = TestMunicipality.signUp(http, accounts);
        String key = SignedUpKeys.keyOf(profiles, keys, invited.tenantId());
        String operatorPage = "/operator/networks/" + networkA + "/invitations";
        followed(operator, send(operator, operatorPage, "municipalityKey=" + key));

        assertThat(pages.send(pages.get(operatorPage, coordinatorOfB)).statusCode()).isEqualTo(403);
        assertThat(pages.send(pages.get("/operator/networks/" + UUID.randomUUID() + "/invitations", operator))
                .statusCode()).isEqualTo(404);
        for (String path : List.of("/comparison", "/leaving")) {
            HttpResponse<String> answer = pages.send(pages.get("/municipality/networks/" + networkB + path,
                    homeCoordinator));
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Skjenkekontroll Sør");
        }
        // B's coordinator names a municipality A invited: B has no such invitation, A's stands.
        assertThat(redirect(send(coordinatorOfB, "/network/invitations/withdrawal",
                "municipalityId=" + invited.tenantId()))).isEqualTo("/network/members");
        assertThat(page(coordinatorOfB, "/network/members"))
                .contains("The municipality has no standing invitation to the network.");
        assertThat(invitations.sent(networkA).orElseThrow()).filteredOn(invitation -> invitation.tenantId().equals(invited.tenantId()))
                .extracting(NetworkInvitation::state).containsExactly("STANDING");
        assertThat(page(coordinatorOfB, "/network/members")).doesNotContain(key, "Trygt uteliv Nord");
    }

    private String networkCoordinator(UUID networkId) {
        String username = "network-" + UUID.randomUUID() + "@example.no";
        accounts.create(new UserAccounts.NewAccount(null, networkId, username, "Nina Nettverk",
                EnumSet.of(Role.NETWORK_COORDINATOR), null), TestMunicipality.PASSWORD);
        return username;
    }

    private HttpResponse<String> send(String session, String path, String body) throws Exception {
        return pages.send(pages.form(path, session, (body.isEmpty() ? "" : body + "&") + "_csrf="
                + PageClient.encode(csrf(session))));
    }

    /** The session's CSRF token, from the page the person lands on. */
    private String csrf(String session) throws Exception {
        HttpResponse<String> start = pages.send(pages.get("/", session));
        if (start.statusCode() == 302) {
            start = pages.send(pages.get(java.net.URI.create(start.headers().firstValue("Location").orElseThrow())
                    .getPath(), session));
        }
        return PageClient.csrf(start.body());
    }

    private String page(String session, String path) throws Exception {
        HttpResponse<String> answer = pages.send(pages.get(path, session));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(answer.body());
    }

    /** Another person's change reaches the read models a moment later. */
    private String eventuallyShowing(String session, String path, String text) {
        return eventually(() -> {
            try {
                String body = page(session, path);
                return body.contains(text) ? Optional.of(body) : Optional.empty();
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        });
    }

    private static String redirect(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return java.net.URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath();
    }

    /** Where a form sent the person, as the browser opens it: the notice of the change is shown there once. */
    private String followed(String session, HttpResponse<String> answer) throws Exception {
        return page(session, redirect(answer));
    }

    private static String htmlOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(answer.body());
    }
}
