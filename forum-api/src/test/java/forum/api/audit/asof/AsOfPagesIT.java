package forum.api.audit.asof;

import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * The as-of pages over HTTP: only the auditor opens them, another municipality's ids are not found, an instant the
 * page cannot read shows its message beside its field (or above the form, for one in the address), and an instant
 * before the case existed says so.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    PageClient pages;
    TestMunicipality home;
    CaseFiles.CaseFile file;
    CaseFiles.CaseFile elsewhere;
    String auditor;

    @BeforeAll
    void twoMunicipalitiesCases() throws Exception {
        pages = new PageClient(port);
        home = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        file = CaseFiles.seed(commands, home.tenantId(), null);
        elsewhere = CaseFiles.seed(commands, other.tenantId(), null);
        auditor = pages.signIn(home.usernames().get(Role.AUDITOR), TestMunicipality.PASSWORD);
    }

    @Test
    void onlyTheAuditorOpensThem() throws Exception {
        for (Role role : List.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER)) {
            String session = pages.signIn(home.usernames().get(role), TestMunicipality.PASSWORD);
            for (String path : paths(file)) {
                HttpResponse<String> refused = pages.send(pages.get(path, session));
                assertThat(refused.statusCode()).as("%s opening %s", role, path).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("Bar Nord", "Trygt natteliv", "Rådhuset");
            }
        }
        for (String path : paths(file)) {
            assertThat(pages.send(pages.get(path, auditor)).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void anotherMunicipalitysIdsOrNoneAreNotFound() throws Exception {
        CaseFiles.CaseFile unknown = new CaseFiles.CaseFile(UUID.randomUUID(), null, UUID.randomUUID(), null,
                UUID.randomUUID(), null, null);
        for (CaseFiles.CaseFile ids : List.of(elsewhere, unknown)) {
            for (String path : paths(ids)) {
                HttpResponse<String> answer = pages.send(pages.get(path, auditor));
                assertThat(answer.statusCode()).as(path).isEqualTo(404);
                assertThat(answer.body()).contains("Siden finnes ikke")
                        .doesNotContain("Bar Nord", "Trygt natteliv", "Rådhuset");
            }
        }
        // A forum's id is no venue.
        assertThat(pages.send(pages.get("/audit/venues/" + file.forumId() + "/as-of", auditor)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCaseAsItStandsShowsWhatWasRecorded() throws Exception {
        String venue = page(venue() + "?date=2099-12-31");
        assertThat(venue).contains("Saken om Bar Nord slik den var", "Servering till minderårig",
                "Upprepade brister", "trukket tilbake", "Nya uppgifter", "SN-2026-17", "Nord AB");
        assertThat(page("/audit/forums/" + file.forumId() + "/as-of")).contains("Trygt natteliv slik det var",
                "Pia Politi", "Politiet", "Samarbeidsforumet hadde ingen koordinator den gang.");
        assertThat(page("/audit/meetings/" + file.meetingId() + "/as-of")).contains("Rådhuset", "Julefrokoster",
                "Kontrol af ID", "Pia Politi", "Ikke noe oppmøte var registrert til da.");
    }

    @Test
    void anInstantThePageCannotReadShowsItsMessage() throws Exception {
        String address = page(venue() + "?asOf=" + encode("i går"));
        assertThat(address).contains("Tidspunktet i adressen kan ikke leses.", "Det er et problem")
                .doesNotContain("Servering till minderårig");
        String fields = page(venue() + "?date=" + encode("31.12.2026") + "&time=25:00");
        assertThat(fields).contains("id=\"date-error\"", "id=\"time-error\"", "aria-describedby=\"date-error\"",
                "Skriv datoen som år-måned-dag", "Skriv klokkeslettet som time:minutt")
                .doesNotContain("Servering till minderårig");
        assertThat(page(venue() + "?time=14:30")).contains("id=\"date-error\"", "Skriv datoen for klokkeslettet.");
    }

    @Test
    void anInstantBeforeTheCaseSaysItDidNotExistYet() throws Exception {
        String before = page(venue() + "?asOf=2020-01-01T00:00:00Z");
        assertThat(before).contains("Det fantes ennå ikke på det tidspunktet", "Et skjenkesteds sak slik den var")
                .doesNotContain("Bar Nord", "Servering till minderårig");
        assertThat(page(venue() + "?date=2020-01-01&time=12:00")).contains("Det fantes ennå ikke");
    }

    private String venue() {
        return "/audit/venues/" + file.venueId() + "/as-of";
    }

    private static List<String> paths(CaseFiles.CaseFile ids) {
        return List.of("/audit/venues/" + ids.venueId() + "/as-of", "/audit/forums/" + ids.forumId() + "/as-of",
                "/audit/meetings/" + ids.meetingId() + "/as-of");
    }

    private String page(String path) throws Exception {
        HttpResponse<String> answer = pages.send(pages.get(path, auditor));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(answer.body());
    }
}
