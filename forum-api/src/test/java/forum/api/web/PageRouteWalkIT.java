package forum.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.core.municipality.Country;
import forum.core.network.CreateNetwork;
import forum.projections.operator.OperatorRegister;

/**
 * Every page route, found in the application's own mappings rather than listed here, opened by every role: a role
 * the route's handler admits (its {@code forum.api.access} annotation, or its page area) gets the page, every other
 * role the 403 page, and a form sent by a role that may not use it is refused too. With another municipality's
 * ids in the path, a role that may open the route gets the not-found page, never that municipality's data.
 */
@ForumIntegrationTest
class PageRouteWalkIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OperatorRegister register;

    @LocalServerPort
    int port;

    @Test
    void everyRoleOpensExactlyThePagesItMayAndNeverAnotherMunicipalitysData() throws Exception {
        List<PageRoutes.Route> routes = PageRoutes.of(mappings);
        assertThat(routes).extracting(PageRoutes.Route::pattern).contains("/", "/login");

        TestMunicipality own = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        // Each municipality's forum member account is the seeded forum's member: it reads that forum's meetings.
        // The own municipality is a member of a network: the pages of a network and of a membership open.
        UUID networkId = network();
        Map<String, String> ownIds = PageRoutes.ids(CaseFiles.seed(commands, own.tenantId(), networkId,
                own.usernames().get(Role.FORUM_MEMBER)), member(own));
        ownIds.put("networkId", networkId.toString());
        Map<String, String> otherIds = PageRoutes.ids(CaseFiles.seed(commands, other.tenantId(), null,
                other.usernames().get(Role.FORUM_MEMBER)), member(other));
        Map<Role, String> usernames = new EnumMap<>(own.usernames());
        usernames.put(Role.OPERATOR, TestMunicipality.createOperator(accounts));
        assertThat(usernames.keySet()).containsExactlyInAnyOrder(Role.values());

        PageClient pages = new PageClient(port);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Role, String> account : usernames.entrySet()) {
            Role role = account.getKey();
            String session = pages.signIn(account.getValue(), TestMunicipality.PASSWORD);
            String csrf = PageClient.csrf(pages.landing(session).body());
            for (PageRoutes.Route route : routes) {
                boolean may = route.admits(role);
                if (route.isGet()) {
                    int status = pages.send(pages.get(route.path(ownIds), session)).statusCode();
                    Set<Integer> expected = isPublic(pages, route, ownIds) ? PUBLIC
                            : may ? route.admittedStatuses() : Set.of(403);
                    if (!expected.contains(status)) {
                        wrong.add(role + " GET " + route.pattern() + ": " + status + ", expected " + expected);
                    }
                    if (may && route.namesTenantData() && role != Role.OPERATOR) {
                        int across = pages.send(pages.get(route.path(otherIds), session)).statusCode();
                        if (across != 404) {
                            wrong.add(role + " GET " + route.pattern() + " with another municipality's ids: "
                                    + across + ", expected 404");
                        }
                    }
                } else if (!may) {
                    HttpResponse<String> sent = pages.send(pages.form(route.path(ownIds), session,
                            "_csrf=" + PageClient.encode(csrf)));
                    if (sent.statusCode() != 403) {
                        wrong.add(role + " POST " + route.pattern() + ": " + sent.statusCode() + ", expected 403");
                    }
                }
            }
        }
        assertThat(wrong).as("routes answering otherwise than the role allows").isEmpty();
    }

    /**
     * What a page anyone may open answers a signed-in person: the page, a redirect (the sign-up sends the signed-in
     * home), or, for a link page opened without a valid link, not found or gone; never a refusal or a failure.
     */
    private static final Set<Integer> PUBLIC = Set.of(200, 302, 404, 410);

    /** A page anyone may open: asked for without signing in, it does not send the person to sign in. */
    private static boolean isPublic(PageClient pages, PageRoutes.Route route, Map<String, String> ids)
            throws Exception {
        HttpResponse<String> unsigned = pages.send(pages.get(route.path(ids), null));
        return unsigned.statusCode() != 403 && !(unsigned.statusCode() == 302
                && unsigned.headers().firstValue("Location").orElse("").contains("/login"));
    }

    /** A network the operator's pages show: created as the operator does, once the operator's read model has it. */
    private UUID network() {
        UUID networkId = UUID.randomUUID();
        commands.sendAndWait(new CreateNetwork(networkId, "Route walk " + networkId, Country.NO));
        await().atMost(Duration.ofSeconds(20)).until(() -> register.network(networkId).isPresent());
        return networkId;
    }

    /** The account id of the municipality's forum member, for the routes that name an account. */
    private UUID member(TestMunicipality municipality) {
        return accounts.find(municipality.usernames().get(Role.FORUM_MEMBER)).orElseThrow().userId();
    }

    /** A form no role annotation guards must be one anyone may send: the page at its address opens unsigned-in. */
    @Test
    void everyFormNamesWhoMaySendItOrIsPublic() throws Exception {
        PageClient pages = new PageClient(port);
        Map<String, String> anyIds = PageRoutes.ids(new CaseFiles.CaseFile(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        List<String> unguarded = new ArrayList<>();
        for (PageRoutes.Route route : PageRoutes.of(mappings)) {
            if (!route.isGet() && !route.roleNamed() && !isPublic(pages, route, anyIds)) {
                unguarded.add(route.pattern());
            }
        }
        assertThat(unguarded).as("forms of signed-in pages without a forum.api.access annotation").isEmpty();
    }
}
