package forum.api.erasure;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * The personal-data pages over HTTP: only the coordinator opens them; another municipality's person is never found
 * or exported; a refused erasure form says why and erases nothing; the export downloads as a JSON file. Bokmål.
 */
@ForumIntegrationTest
class PrivacyPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    private PageClient pages;
    private TestMunicipality municipality;
    private String person;

    @BeforeEach
    void municipalityWithAMember() {
        pages = new PageClient(port);
        municipality = TestMunicipality.signUp(http, accounts);
        person = "Ingrid" + UUID.randomUUID().toString().substring(0, 8);
        member(municipality, person + " Hansen", person.toLowerCase() + "@politi.example.no");
    }

    @Test
    void onlyTheCoordinatorOpensThePersonalDataPages() throws Exception {
        for (Role role : new Role[]{Role.FORUM_MEMBER, Role.LICENSING_OFFICER, Role.AUDITOR}) {
            String session = pages.signIn(municipality.usernames().get(role), TestMunicipality.PASSWORD);
            HttpResponse<String> start = pages.landing(session);
            assertThat(start.body()).as("%s has no link to the page", role).doesNotContain("href=\"/privacy\"");
            for (String path : new String[]{"/privacy?query=" + person, "/privacy/erasures",
                    "/privacy/export?query=" + person, "/privacy/export.json?query=" + person}) {
                HttpResponse<String> refused = pages.send(pages.get(path, session));
                assertThat(refused.statusCode()).as("%s opening %s", role, path).isEqualTo(403);
                assertThat(refused.body()).doesNotContain(person + " Hansen");
            }
            assertThat(pages.send(pages.form("/privacy/erasures", session, "query=" + person
                    + "&subjects=member:" + UUID.randomUUID() + "&reason=PERSONS_REQUEST&confirmed=true&_csrf="
                    + encode(csrf(start.body())))).statusCode()).isEqualTo(403);
        }
        String coordinator = coordinator();
        assertThat(pages.landing(coordinator).body()).contains("href=\"/privacy\"");
        assertThat(pages.send(pages.get("/privacy?query=" + person, coordinator)).body())
                .contains(person + " Hansen", "Medlem av samarbeidsforum");
    }

    @Test
    void anotherMunicipalitysPersonIsNeverFound() throws Exception {
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        String stranger = "Annenby" + UUID.randomUUID().toString().substring(0, 8);
        member(other, stranger + " Berg", stranger.toLowerCase() + "@example.no");
        String session = coordinator();

        HttpResponse<String> search = pages.send(pages.get("/privacy?query=" + stranger, session));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("Ingen steder funnet.").doesNotContain(stranger + " Berg");
        HttpResponse<String> export = pages.send(pages.get("/privacy/export?query=" + stranger, session));
        assertThat(export.body()).contains("Ingen steder funnet.").doesNotContain(stranger + " Berg");
        HttpResponse<String> file = pages.send(pages.get("/privacy/export.json?query=" + stranger, session));
        assertThat(file.body()).contains("\"items\":[]").doesNotContain(stranger + " Berg");
    }

    @Test
    void refusedFormsSayWhyAndEraseNothing() throws Exception {
        String session = coordinator();
        HttpResponse<String> tooShort = pages.send(pages.get("/privacy?query=In", session));
        assertThat(tooShort.body()).contains("Skriv 3 til 200 tegn av navnet eller e-postadressen.",
                "aria-invalid=\"true\"");

        HttpResponse<String> found = pages.send(pages.get("/privacy?query=" + person, session));
        String token = encode(csrf(found.body()));
        HttpResponse<String> nothing = pages.send(pages.form("/privacy/erasures", session, "query=" + person
                + "&_csrf=" + token));
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).contains("class=\"error-summary\"", "Velg minst ett sted.",
                "Velg grunnen til slettingen.", "Bekreft at slettingen ikke kan angres.", "id=\"subjects-error\"",
                "id=\"reason-error\"", "id=\"confirmed-error\"", person + " Hansen");

        String self = "account:" + accounts.find(municipality.usernames().get(Role.COORDINATOR)).orElseThrow()
                .userId();
        HttpResponse<String> own = pages.send(pages.form("/privacy/erasures", session, "query=" + person
                + "&subjects=" + encode(self) + "&reason=PERSONS_REQUEST&confirmed=true&_csrf=" + token));
        assertThat(own.body()).contains("Du kan ikke slette din egen konto; en annen koordinator kan.");

        assertThat(pages.send(pages.get("/privacy?query=" + person, session)).body()).contains(person + " Hansen");
        assertThat(pages.send(pages.get("/privacy/erasures", session)).body()).contains("Ingen slettinger ennå.");
        assertThat(accounts.find(municipality.usernames().get(Role.COORDINATOR))).isPresent();
    }

    @Test
    void theExportDownloadsAsAJsonFile() throws Exception {
        HttpResponse<String> file = pages.send(pages.get("/privacy/export.json?query=" + person.toUpperCase(),
                coordinator()));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
                .contains(".json");
        assertThat(file.body()).contains("\"table\":\"forum_member\"", "\"field\":\"person_name\"",
                "\"value\":\"" + person + " Hansen\"", "\"recordedAt\"");
    }

    private String coordinator() throws Exception {
        return pages.signIn(municipality.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
    }

    private void member(TestMunicipality in, String name, String email) {
        TestRestTemplate coordinator = in.as(http, Role.COORDINATOR);
        UUID forum = Api.created(Api.post(coordinator, "/api/v1/forums",
                Map.of("name", "Trygt uteliv", "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4)));
        Api.created(Api.post(coordinator, "/api/v1/forums/" + forum + "/members",
                Map.of("personName", name, "email", email, "organisation", "Politiet", "role", "POLICE")));
    }
}
