package forum.api.agreement;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.post;
import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import forum.api.commands.StoredEvents;
import forum.api.commands.TestMunicipality;
import forum.api.eventstore.EventRelay;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.core.agreement.AgreementSigned;
import forum.core.training.TrainingRecorded;

/**
 * The membership pages over HTTP: a forum member reads the status but is refused the forms, another municipality's
 * venue is not found and untouched, bad input shows its messages and stores nothing.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    PageClient pages;
    TestMunicipality home;
    UUID venueId;
    UUID otherVenueId;
    String coordinator;
    String member;

    @BeforeAll
    void municipalities() throws Exception {
        pages = new PageClient(port);
        home = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        venueId = created(post(home.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Fjellstua Pub")));
        otherVenueId = created(post(other.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Naboens bar")));
        assertThat(home.as(http, Role.COORDINATOR).getForEntity("/api/v1/venues/" + venueId, String.class)
                .getStatusCode().value()).isEqualTo(200);
        coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        member = pages.signIn(home.usernames().get(Role.FORUM_MEMBER), TestMunicipality.PASSWORD);
    }

    @Test
    void aForumMemberReadsTheStatusButIsRefusedTheForms() throws Exception {
        assertThat(page("/venues/" + venueId + "/membership", member)).contains("Ikke medlem");
        for (String path : new String[]{"/venues/" + venueId + "/agreements/new",
                "/venues/" + venueId + "/trainings/new", "/venues/" + venueId + "/agreement"}) {
            assertThat(pages.send(pages.get(path, member)).statusCode()).as(path).isEqualTo(403);
        }
        String token = encode(csrf(page("/venues/" + venueId + "/membership", member)));
        HttpResponse<String> post = pages.send(pages.form("/venues/" + venueId + "/trainings/new", member,
                training("4") + "&_csrf=" + token));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(StoredEvents.countInTenant(relay, TrainingRecorded.class, home.tenantId())).isZero();
    }

    @Test
    void anotherMunicipalitysVenueIsNotFoundAndUntouched() throws Exception {
        for (String path : new String[]{"/venues/" + otherVenueId + "/membership",
                "/venues/" + otherVenueId + "/agreements/new", "/venues/" + otherVenueId + "/agreement"}) {
            HttpResponse<String> missing = pages.send(pages.get(path, coordinator));
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).doesNotContain("Naboens bar");
        }
        String token = encode(csrf(page("/venues/" + venueId + "/membership", coordinator)));
        HttpResponse<String> sign = pages.send(pages.form("/venues/" + otherVenueId + "/agreements/new", coordinator,
                "method=ACTION_PLAN_GROUP&signedOn=" + LocalDate.now() + "&signedForVenue=Kari&signedForMunicipality=Per"
                        + "&commitments=STAFF_TRAINING&staffCount=3&_csrf=" + token));
        assertThat(sign.statusCode()).isEqualTo(404);
        assertThat(StoredEvents.countInTenant(relay, AgreementSigned.class, home.tenantId())).isZero();
    }

    @Test
    void badInputShowsItsMessagesAndStoresNothing() throws Exception {
        String token = encode(csrf(page("/venues/" + venueId + "/agreements/new", coordinator)));

        HttpResponse<String> noCommitment = pages.send(pages.form("/venues/" + venueId + "/agreements/new",
                coordinator, "method=ACTION_PLAN_GROUP&signedOn=" + LocalDate.now()
                        + "&signedForVenue=Kari&signedForMunicipality=Per&_commitments=on&staffCount=3&_csrf=" + token));
        assertThat(noCommitment.statusCode()).isEqualTo(200);
        assertThat(noCommitment.body()).contains("id=\"commitments-error\"",
                "Velg minst én forpliktelse eller skriv en.");

        HttpResponse<String> noProvider = pages.send(pages.form("/venues/" + venueId + "/trainings/new", coordinator,
                "kind=RESPONSIBLE_HOSTING&provider=&trainedOn=" + LocalDate.now() + "&staffTrained=4&_csrf=" + token));
        assertThat(noProvider.body()).contains("id=\"provider-error\"", "aria-invalid=\"true\"");

        assertThat(StoredEvents.countInTenant(relay, AgreementSigned.class, home.tenantId())).isZero();
        assertThat(StoredEvents.countInTenant(relay, TrainingRecorded.class, home.tenantId())).isZero();
    }

    private String page(String path, String session) throws Exception {
        HttpResponse<String> response = pages.send(pages.get(path, session));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String training(String staff) {
        return "kind=RESPONSIBLE_HOSTING&provider=Kommunen&trainedOn=" + LocalDate.now() + "&staffTrained=" + staff;
    }

    private static Map<String, Object> venue(String name) {
        return Map.of("name", name, "address", "Storgata 9", "licenceNumber", "SK-" + UUID.randomUUID(),
                "licenceHolder", name + " AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-02");
    }
}
