package forum.api.accounts;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * The accounts page over HTTP, in Norwegian: another municipality's account is not found and stays as it is;
 * a role that is not a member's, or none, and the coordinator's own account are refused with their words, and
 * nothing changes.
 */
@ForumIntegrationTest
class AccountPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void refusedChangesShowTheirWordsAndChangeNothing() throws Exception {
        TestMunicipality own = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        PageClient pages = new PageClient(port);
        String session = pages.signIn(own.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        String token = "_csrf=" + encode(csrf(pages.send(pages.get("/people/accounts", session)).body()));
        UUID theirs = id(other, Role.FORUM_MEMBER);

        for (String path : new String[]{"/people/accounts/" + theirs + "/deactivation",
                "/people/accounts/" + theirs + "/reactivation", "/people/accounts/" + theirs + "/role"}) {
            HttpResponse<String> refused = pages.send(pages.form(path, session, "role=COORDINATOR&" + token));
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).contains("<h1>Siden finnes ikke</h1>");
        }
        assertThat(accounts.find(other.usernames().get(Role.FORUM_MEMBER)).orElseThrow().roles())
                .containsExactly(Role.FORUM_MEMBER);

        UUID member = id(own, Role.FORUM_MEMBER);
        assertThat(shownAfter(pages, session, "/people/accounts/" + member + "/role", "role=AUDITOR&" + token))
                .contains("Velg en rolle i listen.");
        assertThat(shownAfter(pages, session, "/people/accounts/" + member + "/role", "role=&" + token))
                .contains("Velg en rolle i listen.");
        assertThat(shownAfter(pages, session, "/people/accounts/" + id(own, Role.COORDINATOR) + "/deactivation",
                token)).contains("Du kan ikke endre eller deaktivere din egen konto; en annen koordinator kan.");
        assertThat(accounts.find(own.usernames().get(Role.FORUM_MEMBER)).orElseThrow().roles())
                .containsExactly(Role.FORUM_MEMBER);
        assertThat(accounts.find(own.usernames().get(Role.COORDINATOR))).isPresent();
    }

    /** The list the form leads back to, with what it says about the form. */
    private static String shownAfter(PageClient pages, String session, String path, String body) throws Exception {
        HttpResponse<String> sent = pages.send(pages.form(path, session, body));
        assertThat(sent.statusCode()).as(path).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/people/accounts"));
        return pages.send(pages.get("/people/accounts", session)).body();
    }

    private UUID id(TestMunicipality municipality, Role role) {
        return accounts.find(municipality.usernames().get(role)).orElseThrow().userId();
    }
}
