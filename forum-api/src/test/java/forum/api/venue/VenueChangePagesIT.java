package forum.api.venue;

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
import forum.core.venue.VenueClosed;
import forum.core.venue.VenueDetailsUpdated;

/**
 * Changing and closing a venue and importing venues, over HTTP: forum members are refused, another municipality's
 * venue is not found and untouched, bad input shows its messages and stores nothing.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenueChangePagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EventRelay relay;

    @LocalServerPort
    int port;

    PageClient pages;
    UUID venueId;
    UUID otherVenueId;
    String coordinator;
    String member;

    @BeforeAll
    void municipalities() throws Exception {
        pages = new PageClient(port);
        TestMunicipality home = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        venueId = created(post(home.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Fjellstua Pub", "SK-7")));
        otherVenueId = created(post(other.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Naboens bar", "SK-1")));
        // Read back by the writer, which waits until the read models have the venue: the pages below read them.
        assertThat(home.as(http, Role.COORDINATOR).getForEntity("/api/v1/venues/" + venueId, String.class)
                .getStatusCode().value()).isEqualTo(200);
        coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        member = pages.signIn(home.usernames().get(Role.FORUM_MEMBER), TestMunicipality.PASSWORD);
    }

    @Test
    void aForumMemberIsRefusedTheChangeCloseAndImportPages() throws Exception {
        for (String path : new String[]{"/venues/" + venueId + "/details", "/venues/" + venueId + "/closure",
                "/venues/import", "/venues/import/done"}) {
            HttpResponse<String> refused = pages.send(pages.get(path, member));
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("<h1>Du har ikke tilgang til denne siden</h1>");
        }
        String token = encode(csrf(page("/venues/" + venueId, member)));
        HttpResponse<String> post = pages.send(pages.form("/venues/" + venueId + "/closure", member,
                "closedOn=" + LocalDate.now() + "&reason=OTHER&_csrf=" + token));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(StoredEvents.count(relay, venueId, VenueClosed.class)).isZero();
    }

    @Test
    void anotherMunicipalitysVenueIsNotFoundAndUntouched() throws Exception {
        for (String path : new String[]{"/venues/" + otherVenueId + "/details",
                "/venues/" + otherVenueId + "/closure"}) {
            HttpResponse<String> missing = pages.send(pages.get(path, coordinator));
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).doesNotContain("Naboens bar");
        }
        String token = encode(csrf(page("/venues/" + venueId + "/details", coordinator)));
        HttpResponse<String> update = pages.send(pages.form("/venues/" + otherVenueId + "/details", coordinator,
                details("Overtatt") + "&_csrf=" + token));
        HttpResponse<String> close = pages.send(pages.form("/venues/" + otherVenueId + "/closure", coordinator,
                "closedOn=" + LocalDate.now() + "&reason=OTHER&_csrf=" + token));
        assertThat(update.statusCode()).isEqualTo(404);
        assertThat(close.statusCode()).isEqualTo(404);
        assertThat(StoredEvents.count(relay, otherVenueId, VenueDetailsUpdated.class)).isZero();
        assertThat(StoredEvents.count(relay, otherVenueId, VenueClosed.class)).isZero();
    }

    @Test
    void badInputShowsItsMessagesAndStoresNothing() throws Exception {
        String token = encode(csrf(page("/venues/" + venueId + "/details", coordinator)));

        HttpResponse<String> noName = pages.send(pages.form("/venues/" + venueId + "/details", coordinator,
                details("") + "&_csrf=" + token));
        assertThat(noName.statusCode()).isEqualTo(200);
        assertThat(noName.body()).contains("Det er et problem", "href=\"#name\"", "id=\"name-error\"",
                "aria-invalid=\"true\"");

        HttpResponse<String> endsFirst = pages.send(pages.form("/venues/" + venueId + "/details", coordinator,
                details("Fjellstua Pub") + "&licenceValidFrom=2027-06-01&licenceValidTo=2027-01-01&_csrf=" + token));
        assertThat(endsFirst.body()).contains("id=\"licenceValidTo-error\"",
                "Bevillingen kan ikke utløpe før den begynner.");

        HttpResponse<String> noReason = pages.send(pages.form("/venues/" + venueId + "/closure", coordinator,
                "closedOn=" + LocalDate.now() + "&_csrf=" + token));
        assertThat(noReason.body()).contains("id=\"reason-error\"");

        HttpResponse<String> noFile = pages.send(pages.form("/venues/import/confirmation", coordinator,
                "content=&_csrf=" + token));
        assertThat(noFile.body()).contains("id=\"file-error\"", "Filen er tom, eller ingen fil er valgt.");

        assertThat(StoredEvents.count(relay, venueId, VenueDetailsUpdated.class)).isZero();
        assertThat(StoredEvents.count(relay, venueId, VenueClosed.class)).isZero();
    }

    private String page(String path, String session) throws Exception {
        HttpResponse<String> response = pages.send(pages.get(path, session));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String details(String name) {
        return "name=" + encode(name) + "&address=" + encode("Storgata 9") + "&licenceHolder=" + encode("Ny AS")
                + "&licenceKind=PERMANENT_PUBLIC&servingHours=18-02";
    }

    private static Map<String, Object> venue(String name, String licenceNumber) {
        return Map.of("name", name, "address", "Storgata 9", "licenceNumber", licenceNumber,
                "licenceHolder", name + " AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-02");
    }
}
