package forum.api.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.TestMunicipality;
import forum.api.erasure.Erasures;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.core.erasure.ErasureReason;
import forum.core.shared.PersonalData;
import forum.core.venue.ResolveVenueIssue;

/**
 * Once a forum member and an issue are erased, the pages that showed them show the word for "erased" in the page's
 * language, set apart as erased, and never the marker the read models hold: the forum, the meeting (the member owns
 * an action item), the case file and the auditor's timeline.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasedValuesOnPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    Erasures erasures;

    @LocalServerPort
    int port;

    PageClient pages;
    CaseFiles.CaseFile file;
    String coordinator;
    String auditor;

    @BeforeAll
    void anErasedMemberAndIssue() throws Exception {
        pages = new PageClient(port);
        TestMunicipality home = TestMunicipality.signUp(http, accounts);
        file = CaseFiles.seed(commands, home.tenantId(), null);
        commands.sendAndWait(new ResolveVenueIssue(home.tenantId(), file.venueId(), file.issueId(), "Ny dørvakt"));
        erasures.erase(home.tenantId(), List.of("member:" + file.memberId(), "issue:" + file.issueId()),
                ErasureReason.PERSONS_REQUEST);
        coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        auditor = pages.signIn(home.usernames().get(Role.AUDITOR), TestMunicipality.PASSWORD);
        await().atMost(Duration.ofSeconds(60)).until(() -> !page("/forums/" + file.forumId(), coordinator, "en")
                .contains("Pia Politi") && !page("/venues/" + file.venueId(), coordinator, "en")
                .contains("Servering till minderårig"));
    }

    @ParameterizedTest
    @CsvSource({"da, slettet", "sv, raderad", "en, erased"})
    void erasedValuesReadAsTheWordForErased(String language, String word) throws Exception {
        // The word, in an element set apart as erased: on its own, or ending a sentence (the auditor's "Resolution: ...").
        Pattern shownErased = Pattern.compile("class=\"([^\"]* )?erased\"[^>]*>([^<]*: )?" + word + "<");
        Map<String, String> visits = Map.of(
                "/forums/" + file.forumId(), coordinator,
                "/meetings/" + file.meetingId(), coordinator,
                "/venues/" + file.venueId(), coordinator,
                "/audit/venues/" + file.venueId() + "/timeline", auditor);
        for (Map.Entry<String, String> visit : visits.entrySet()) {
            String body = page(visit.getKey(), visit.getValue(), language);
            assertThat(body).as("%s in %s", visit.getKey(), language)
                    .doesNotContain(PersonalData.ERASED, "Pia Politi", "Servering till minderårig", "Ny dørvakt")
                    .containsPattern(shownErased);
        }
        // What was not erased is still shown as it was.
        assertThat(page("/venues/" + file.venueId(), coordinator, language)).contains("Överservering");
    }

    private String page(String path, String session, String language) throws Exception {
        HttpResponse<String> answer = pages.send(pages.get(path + "?lang=" + language, session));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }
}
