package forum.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * Every page route with every role: the start page answers each, in the municipality's language (a Norwegian
 * one), and sends the operator, who has none, to the municipalities' register, in English; an area of one role
 * answers 403 to every other role.
 */
@ForumIntegrationTest
class PageRoutesByRoleIT {

    /** A path in each role's own area, and the role it belongs to; no page is there, so its role gets 404. */
    private static final Map<String, Role> AREAS = Map.of(
            "/network/statistics", Role.NETWORK_COORDINATOR,
            "/operator/nowhere", Role.OPERATOR,
            "/audit/cases", Role.AUDITOR);

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @Test
    void eachRoleOpensTheStartPageAndOnlyItsOwnArea() throws Exception {
        TestMunicipality municipality = TestMunicipality.signUp(http, accounts);
        Map<Role, String> usernames = new EnumMap<>(municipality.usernames());
        usernames.put(Role.OPERATOR, TestMunicipality.createOperator(accounts));
        assertThat(usernames.keySet()).containsExactlyInAnyOrder(Role.values());
        PageClient pages = new PageClient(port);

        for (Map.Entry<Role, String> account : usernames.entrySet()) {
            Role role = account.getKey();
            String session = pages.signIn(account.getValue(), TestMunicipality.PASSWORD);
            Locale language = role == Role.OPERATOR ? Locale.ENGLISH : Locale.forLanguageTag("nb");

            HttpResponse<String> start = pages.send(pages.get("/", session));
            String landing = Map.of(Role.AUDITOR, "/audit", Role.OPERATOR, "/operator").get(role);
            if (landing != null) {
                // A role with an area of its own lands on the area's first page, which says the same.
                assertThat(start.statusCode()).as("start page of %s", role).isEqualTo(302);
                assertThat(start.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).endsWith(landing));
                start = pages.send(pages.get(landing, session));
            }
            assertThat(start.statusCode()).as("start page of %s", role).isEqualTo(200);
            assertThat(start.body()).as("start page of %s", role)
                    .contains("lang=\"" + language.getLanguage() + "\"")
                    .contains(HtmlUtils.htmlEscape(messages.getMessage("role." + role, null, language), "UTF-8"));
            if (role != Role.OPERATOR) {
                assertThat(start.body()).as("start page of %s", role).contains(HtmlUtils.htmlEscape(
                        messages.getMessage("start.mayDo." + role, null, language), "UTF-8"));
            }

            for (Map.Entry<String, Role> area : AREAS.entrySet()) {
                int expected = area.getValue() == role ? 404 : 403;
                assertThat(pages.send(pages.get(area.getKey(), session)).statusCode())
                        .as("%s opening %s", role, area.getKey()).isEqualTo(expected);
            }
        }
    }
}
