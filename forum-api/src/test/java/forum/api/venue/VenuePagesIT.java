package forum.api.venue;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.post;
import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import forum.api.commands.StoredEvents;
import forum.api.commands.TestMunicipality;
import forum.api.eventstore.EventRelay;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.VenueIssueRegistered;

/**
 * The venue pages over HTTP: who may open which, another municipality's venue as not found, the register's search,
 * free text kept from forum members, and bad input that shows its messages and stores nothing.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenuePagesIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

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
        venueId = created(post(home.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Fjellstua Pub", "SK-77-A")));
        created(post(home.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Havnebaren", "SK-12-B")));
        created(post(home.as(http, Role.FORUM_MEMBER), "/api/v1/venues/" + venueId + "/issues", Map.of(
                "category", "VIOLENCE", "observedAt", java.time.Instant.now().minus(Duration.ofHours(3)).toString(),
                "source", "POLICE", "description", "Slagsmål ved baren, vakten Per grep inn", "severity", "HIGH")));
        // Read back by the writer, which waits until the read models have the issue: the pages below read them.
        assertThat(home.as(http, Role.FORUM_MEMBER).getForEntity("/api/v1/venues/" + venueId + "/timeline",
                String.class).getBody()).contains("ISSUE_REGISTERED");
        otherVenueId = created(post(other.as(http, Role.COORDINATOR), "/api/v1/venues", venue("Naboens bar", "SK-1")));
        coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        member = pages.signIn(home.usernames().get(Role.FORUM_MEMBER), TestMunicipality.PASSWORD);
    }

    @Test
    void theRegisterFindsVenuesByTextAndStatus() throws Exception {
        String all = page("/venues", coordinator);
        assertThat(all).contains("Fjellstua Pub", "Havnebaren", "2 skjenkesteder");

        String searched = page("/venues?q=" + encode("sk-12"), coordinator);
        assertThat(searched).contains("Havnebaren", "Ett skjenkested").doesNotContain("Fjellstua Pub");

        String withOpenIssues = page("/venues?status=with-open-issues", member);
        assertThat(withOpenIssues).contains("Fjellstua Pub", "vold").doesNotContain("Havnebaren");

        assertThat(page("/venues?q=" + encode("%"), coordinator)).contains("Ingen skjenkesteder passer");
    }

    @Test
    void htmxIsAnsweredTheResultsAloneAndEveryOtherRequestTheWholePage() throws Exception {
        String path = "/venues?q=" + encode("havne") + "&status=all";
        HttpResponse<String> results = pages.send(HttpRequest.newBuilder(pages.uri(path)).header("Cookie", coordinator)
                .header("HX-Request", "true").build());
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("HX-Request"));
        assertThat(results.body()).contains("<div id=\"venue-results\">", "Havnebaren",
                "<p id=\"venue-count\" hx-swap-oob=\"innerHTML\">Ett skjenkested</p>")
                .doesNotContain("Fjellstua Pub", "<html", "<h1", "<form", "role=\"status\"");

        HttpResponse<String> whole = pages.send(pages.get(path, coordinator));
        assertThat(whole.body()).contains("<html", "<h1>Skjenkestedsregister</h1>", "hx-get=\"/venues\"",
                "<p id=\"venue-count\" role=\"status\" aria-live=\"polite\">Ett skjenkested</p>",
                "<div id=\"venue-results\">", "Havnebaren").doesNotContain("Fjellstua Pub", "hx-swap-oob");

        // htmx restoring a page from history (its back button with nothing cached) needs the whole page.
        HttpResponse<String> restored = pages.send(HttpRequest.newBuilder(pages.uri(path)).header("Cookie", coordinator)
                .header("HX-Request", "true").header("HX-History-Restore-Request", "true").build());
        assertThat(restored.body()).contains("<html", "<h1>Skjenkestedsregister</h1>", "Havnebaren");

        // The session gone, htmx sends the whole window to the sign-in page instead of swapping that page in.
        HttpResponse<String> signedOut = pages.send(HttpRequest.newBuilder(pages.uri(path))
                .header("HX-Request", "true").build());
        assertThat(signedOut.statusCode()).isEqualTo(401);
        assertThat(signedOut.headers().firstValue("HX-Redirect")).hasValue("/login");
        assertThat(signedOut.body()).doesNotContain("Havnebaren");
        HttpResponse<String> signedOutPage = pages.send(pages.get(path, null));
        assertThat(signedOutPage.statusCode()).isEqualTo(302);
        assertThat(signedOutPage.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/login"));
    }

    @Test
    void aForumMemberReadsTheCaseAsCodesAndTheCoordinatorReadsItsText() throws Exception {
        String asMember = page("/venues/" + venueId, member);
        assertThat(asMember).contains("vold", "høy", "politiet", "Registrer en hendelse")
                .doesNotContain("Slagsmål ved baren", "Gi en anbefaling");

        String asCoordinator = page("/venues/" + venueId, coordinator);
        assertThat(asCoordinator).contains("Slagsmål ved baren, vakten Per grep inn", "Gi en anbefaling");
    }

    @Test
    void aForumMemberIsRefusedTheCaseWorkersPages() throws Exception {
        for (String path : new String[]{"/venues/new", "/venues/" + venueId + "/recommendations/new",
                "/venues/" + venueId + "/licensing-decisions/new", "/recommendations/awaiting-decision"}) {
            HttpResponse<String> refused = pages.send(pages.get(path, member));
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("<h1>Du har ikke tilgang til denne siden</h1>");
        }
        String token = csrf(page("/venues/" + venueId, member));
        HttpResponse<String> post = pages.send(pages.form("/venues/" + venueId + "/recommendations", member,
                "kind=NO_ACTION&rationale=x&_csrf=" + encode(token)));
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void anotherMunicipalitysVenueIsNotFoundAndGetsNoIssue() throws Exception {
        for (String path : new String[]{"/venues/" + otherVenueId, "/venues/" + otherVenueId + "/issues/new",
                "/venues/" + otherVenueId + "/recommendations/new"}) {
            HttpResponse<String> missing = pages.send(pages.get(path, coordinator));
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).doesNotContain("Naboens bar");
        }
        String token = csrf(page("/venues/" + venueId + "/issues/new", member));
        HttpResponse<String> post = pages.send(pages.form("/venues/" + otherVenueId + "/issues", member,
                issue("VIOLENCE", LocalDateTime.now(OSLO).minusHours(1)) + "&_csrf=" + encode(token)));
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(StoredEvents.count(relay, otherVenueId, VenueIssueRegistered.class)).isZero();
    }

    @Test
    void badInputInTheIssueFormShowsItsMessagesAndStoresNothing() throws Exception {
        long before = StoredEvents.count(relay, venueId, VenueIssueRegistered.class);
        String token = encode(csrf(page("/venues/" + venueId + "/issues/new", member)));

        HttpResponse<String> noCategory = pages.send(pages.form("/venues/" + venueId + "/issues", member,
                issue("", LocalDateTime.now(OSLO).minusHours(1)) + "&_csrf=" + token));
        assertThat(noCategory.statusCode()).isEqualTo(200);
        assertThat(noCategory.body()).contains("Det er et problem", "href=\"#category\"", "id=\"category-error\"",
                "Fyll ut dette feltet.", "aria-invalid=\"true\"");
        assertThat(HtmlUtils.htmlUnescape(noCategory.body())).as("what was typed is kept").contains("Slagsmål i køen");

        HttpResponse<String> inTheFuture = pages.send(pages.form("/venues/" + venueId + "/issues", member,
                issue("VIOLENCE", LocalDateTime.now(OSLO).plusDays(1)) + "&_csrf=" + token));
        assertThat(inTheFuture.statusCode()).isEqualTo(200);
        assertThat(inTheFuture.body()).contains("id=\"observedAt-error\"",
                "Tidspunktet for observasjonen kan ikke ligge i fremtiden.");

        assertThat(StoredEvents.count(relay, venueId, VenueIssueRegistered.class)).isEqualTo(before);
    }

    @Test
    void aSuspensionWithoutAnEndDateIsRefusedOnTheDecisionForm() throws Exception {
        String token = encode(csrf(page("/venues/" + venueId + "/licensing-decisions/new", coordinator)));
        HttpResponse<String> refused = pages.send(pages.form("/venues/" + venueId + "/licensing-decisions",
                coordinator, "recommendationId=&outcome=SUSPENSION&from=" + LocalDate.now(OSLO)
                        + "&to=&authorityReference=" + encode("Sak 2026/9") + "&_csrf=" + token));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"to-error\"", "En midlertidig inndragning må ha en sluttdato.");
        assertThat(StoredEvents.count(relay, venueId, LicensingDecisionRecorded.class)).isZero();
    }

    @Test
    void aCoordinatorRegistersAVenueResolvesAnIssueAndRevokesARecommendationOnThePages() throws Exception {
        TestMunicipality own = TestMunicipality.signUp(http, accounts);
        String session = pages.signIn(own.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        String token = "&_csrf=" + encode(csrf(page("/venues/new", session)));
        String venue = "address=" + encode("Sjøgata 4") + "&licenceNumber=SK-9&licenceHolder=Kaia+AS"
                + "&licenceKind=PERMANENT_PUBLIC&servingHours=18-01";

        HttpResponse<String> unnamed = pages.send(pages.form("/venues", session, "name=&" + venue + token));
        assertThat(unnamed.statusCode()).isEqualTo(200);
        assertThat(unnamed.body()).contains("id=\"name-error\"", "Fyll ut dette feltet.");
        HttpResponse<String> backwards = pages.send(pages.form("/venues", session, "name=Kaia&" + venue
                + "&licenceValidFrom=2027-01-01&licenceValidTo=2026-12-31" + token));
        assertThat(backwards.body()).contains("id=\"licenceValidTo-error\"",
                "Bevillingen kan ikke utløpe før den begynner.");
        String registered = redirect(pages.form("/venues", session, "name=Kaia" + "&" + venue
                + "&licenceValidFrom=2027-01-01&licenceValidTo=" + token));
        assertThat(registered).matches("/venues/[0-9a-f-]{36}");
        assertThat(page(registered, session)).contains("<h1>Kaia</h1>", "SK-9", "1. januar 2027");

        redirect(pages.form(registered + "/issues", session,
                issue("DISORDER", LocalDateTime.now(OSLO).minusHours(2)) + token));
        String resolution = link(page(registered, session), registered + "/issues/[0-9a-f-]{36}/resolution");
        assertThat(page(resolution, session)).contains("ordensforstyrrelse", "Slagsmål i køen");
        HttpResponse<String> unexplained = pages.send(pages.form(resolution, session, "resolution=" + token));
        assertThat(unexplained.body()).contains("id=\"resolution-error\"");
        redirect(pages.form(resolution, session, "resolution=" + encode("Samtale med styrer") + token));
        assertThat(page(registered, session)).contains("løst", "Samtale med styrer");

        redirect(pages.form(registered + "/recommendations", session,
                "kind=NO_ACTION&rationale=" + encode("Forholdet er rettet") + "&meetingId=" + token));
        String revocation = link(page(registered, session),
                registered + "/recommendations/[0-9a-f-]{36}/revocation");
        redirect(pages.form(revocation, session, "reason=" + encode("Nye opplysninger") + token));
        assertThat(page(registered, session)).contains("Anbefaling: ingen reaksjon", "Trukket tilbake",
                "Hvorfor den ble trukket tilbake: Nye opplysninger", "Anbefaling trukket tilbake");
    }

    /** Posts a form that is accepted: the path of the page it redirects to. */
    private String redirect(HttpRequest form) throws IOException, InterruptedException {
        HttpResponse<String> answer = pages.send(form);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private static String link(String page, String pattern) {
        Matcher found = Pattern.compile("href=\"(" + pattern + ")\"").matcher(page);
        assertThat(found.find()).as("a link to %s", pattern).isTrue();
        return found.group(1);
    }

    private String page(String path, String session) throws IOException, InterruptedException {
        HttpResponse<String> answer = pages.send(pages.get(path, session));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static String issue(String category, LocalDateTime observedAt) {
        return "category=" + category + "&observedAt=" + encode(observedAt.truncatedTo(ChronoUnit.MINUTES).toString())
                + "&source=POLICE&severity=MEDIUM&description=" + encode("Slagsmål i køen");
    }

    private static Map<String, Object> venue(String name, String licenceNumber) {
        return Map.of("name", name, "address", "Storgata 3", "licenceNumber", licenceNumber,
                "licenceHolder", name + " AS", "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-03");
    }
}
