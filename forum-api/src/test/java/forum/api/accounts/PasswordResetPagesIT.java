package forum.api.accounts;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static forum.api.support.PageClient.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A forgotten password over plain HTTP: the coordinator makes a link for a member of the municipality (not for
 * another municipality's account; a member may not make one), the member chooses a new password from it (a
 * refused form changes nothing), the old password stops working, and the link works once.
 */
@ForumIntegrationTest
class PasswordResetPagesIT {

    private static final Pattern LINK = Pattern.compile("href=\"http://localhost:\\d+(/password-reset\\?token=[\\w-]+)\"");
    private static final String NEW_PASSWORD = "a new and long password";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorsLinkLetsAMemberChooseANewPasswordOnce() throws Exception {
        PageClient pages = new PageClient(port);
        TestMunicipality home = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        String member = home.usernames().get(Role.FORUM_MEMBER);

        String othersCoordinator = pages.signIn(other.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        HttpResponse<String> notTheirs = makeLink(pages, othersCoordinator, member);
        assertThat(notTheirs.statusCode()).isEqualTo(200);
        assertThat(notTheirs.body()).contains("id=\"email-error\"");

        String memberSession = pages.signIn(member, TestMunicipality.PASSWORD);
        assertThat(makeLink(pages, memberSession, member).statusCode()).as("a member may not").isEqualTo(403);

        String coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        HttpResponse<String> made = makeLink(pages, coordinator, member);
        assertThat(made.statusCode()).isEqualTo(302);
        HttpResponse<String> shown = pages.send(pages.get(PasswordResetPages.COORDINATORS, coordinator));
        Matcher link = LINK.matcher(shown.body());
        assertThat(link.find()).as("the link shown to the coordinator").isTrue();
        assertThat(pages.send(pages.get(PasswordResetPages.COORDINATORS, coordinator)).body())
                .as("shown once").doesNotContain(link.group(1));

        HttpResponse<String> page = pages.send(pages.get(link.group(1), null));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("<h1>Choose a new password</h1>");
        String session = sessionCookie(page).orElseThrow();
        HttpResponse<String> differ = choose(pages, link.group(1), session, csrf(page.body()), "something else entirely");
        assertThat(differ.statusCode()).isEqualTo(200);
        assertThat(differ.body()).contains("id=\"passwordRepeat-error\"", "The two passwords are not the same.");
        pages.signIn(member, TestMunicipality.PASSWORD);

        HttpResponse<String> chosen = choose(pages, link.group(1), session, csrf(page.body()), NEW_PASSWORD);
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/password-reset/done"));
        assertThat(signInFails(pages, member, TestMunicipality.PASSWORD)).as("the old password").isTrue();
        pages.signIn(member, NEW_PASSWORD);

        HttpResponse<String> used = pages.send(pages.get(link.group(1), null));
        assertThat(used.statusCode()).isEqualTo(410);
        assertThat(used.body()).contains("The link has been used already.");
    }

    private static HttpResponse<String> makeLink(PageClient pages, String session, String email) throws Exception {
        String token = csrf(pages.send(pages.get("/", session)).body());
        return pages.send(pages.form(PasswordResetPages.COORDINATORS, session,
                "email=" + encode(email) + "&_csrf=" + encode(token)));
    }

    private static HttpResponse<String> choose(PageClient pages, String link, String session, String token,
                                               String repeat) throws Exception {
        return pages.send(pages.form(link, session, "password=" + encode(NEW_PASSWORD) + "&passwordRepeat="
                + encode(repeat) + "&_csrf=" + encode(token)));
    }

    private static boolean signInFails(PageClient pages, String username, String password) throws Exception {
        HttpResponse<String> form = pages.send(pages.get("/login", null));
        HttpResponse<String> answer = pages.send(pages.form("/login", sessionCookie(form).orElseThrow(), "username="
                + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(form.body()))));
        return answer.headers().firstValue("Location").orElse("").endsWith("/login?error");
    }
}
