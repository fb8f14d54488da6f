package forum.api.audit;

import static forum.api.commands.Api.post;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.HtmlUtils;

import forum.api.commands.TestMunicipality;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;

/**
 * The auditor's pages over HTTP: only the auditor opens them, another municipality's venue is not found, the timeline
 * names its actors and reads its filters (bad ones show their message beside the field), and no page the auditor can
 * reach offers a form to send or a link to an action.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPagesIT {

    private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>");
    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]*)\"");

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
    UUID otherVenueId;
    UUID coordinatorId;
    UUID goneAccountId;
    String auditor;

    @BeforeAll
    void aCaseWithItsActors() throws Exception {
        pages = new PageClient(port);
        home = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        file = CaseFiles.seed(commands, home.tenantId(), null, home.usernames().get(Role.FORUM_MEMBER));
        otherVenueId = CaseFiles.seed(commands, other.tenantId(), null).venueId();
        coordinatorId = accounts.find(home.usernames().get(Role.COORDINATOR)).orElseThrow().userId();
        goneAccountId = UUID.randomUUID();
        actingAs(goneAccountId, () -> commands.sendAndWait(new RegisterVenueIssue(home.tenantId(), file.venueId(),
                UUID.randomUUID(), IssueCategory.DRUGS, Instant.now().minus(3, ChronoUnit.HOURS), IssueSource.POLICE,
                "Salg ved inngangen", Severity.CRITICAL)));
        ResponseEntity<?> resolved = post(home.as(http, Role.COORDINATOR), "/api/v1/venues/" + file.venueId()
                + "/issues/" + file.issueId() + "/resolution", Map.of("resolution", "Ny dørvakt ansatt"));
        assertThat(resolved.getStatusCode().value()).isEqualTo(204);
        // Read back by the writer, which waits until the read models have the case: the pages below read them.
        assertThat(home.as(http, Role.COORDINATOR).getForEntity("/api/v1/venues/" + file.venueId() + "/timeline",
                String.class).getBody()).contains("ISSUE_RESOLVED");
        auditor = pages.signIn(home.usernames().get(Role.AUDITOR), TestMunicipality.PASSWORD);
    }

    @Test
    void onlyTheAuditorOpensTheAuditorsPages() throws Exception {
        Map<Role, String> others = new java.util.EnumMap<>(home.usernames());
        others.remove(Role.AUDITOR);
        others.put(Role.OPERATOR, TestMunicipality.createOperator(accounts));
        assertThat(others.keySet()).isEqualTo(EnumSet.complementOf(EnumSet.of(Role.AUDITOR)));
        for (Map.Entry<Role, String> account : others.entrySet()) {
            String session = pages.signIn(account.getValue(), TestMunicipality.PASSWORD);
            for (String path : List.of("/audit", timeline(file.venueId()))) {
                HttpResponse<String> refused = pages.send(pages.get(path, session));
                assertThat(refused.statusCode()).as("%s opening %s", account.getKey(), path).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("Bar Nord");
            }
        }
        assertThat(pages.send(pages.get("/audit", auditor)).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherMunicipalitysVenueOrNoVenueIsNotFound() throws Exception {
        for (UUID venueId : List.of(otherVenueId, UUID.randomUUID())) {
            HttpResponse<String> answer = pages.send(pages.get(timeline(venueId), auditor));
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).contains("Siden finnes ikke").doesNotContain("Bar Nord", "LIC-");
        }
    }

    @Test
    void theTimelineNamesWhoDidWhatAndAnIdOfNoAccountHereAsUnknown() throws Exception {
        String page = page(timeline(file.venueId()));
        assertThat(page).contains("Kari Koordinator", "koordinator", "Forum selv (programmets arbeid)",
                "ukjent konto", "Hendelse løst", "Løsning: Ny dørvakt ansatt", "narkotika",
                "Viser 9 av 9 oppføringer");
        assertThat(visible(page)).doesNotContain(coordinatorId.toString(), goneAccountId.toString(), "system");
        assertThat(page(timeline(file.venueId()) + "?person=" + coordinatorId))
                .contains("Viser 1 av 9 oppføringer", "Hendelse løst").doesNotContain("narkotika");
        assertThat(page(timeline(file.venueId()) + "?kind=RECOMMENDATION_ISSUED"))
                .contains("Viser 2 av 9 oppføringer");
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString();
        assertThat(page(timeline(file.venueId()) + "?from=" + tomorrow))
                .contains("Viser 0 av 9 oppføringer", "Ingen oppføring passer til disse filtrene.");
    }

    @Test
    void filtersThePageCannotReadShowTheirMessageBesideTheirFieldAndFilterNothing() throws Exception {
        String badDate = page(timeline(file.venueId()) + "?from=" + encode("31.12.2026") + "&to=2026-02-30");
        assertThat(badDate).contains("id=\"from-error\"", "id=\"to-error\"", "aria-describedby=\"from-error\"",
                "Skriv datoen som år-måned-dag, for eksempel 2026-03-31.", "Det er et problem",
                "Viser 9 av 9 oppføringer");
        String backwards = page(timeline(file.venueId()) + "?from=2026-03-31&to=2026-03-01");
        assertThat(backwards).contains("id=\"to-error\"", "Perioden slutter før den begynner")
                .doesNotContain("id=\"from-error\"");
        String unknown = page(timeline(file.venueId()) + "?person=" + UUID.randomUUID() + "&kind=BRIBE");
        assertThat(unknown).contains("id=\"person-error\"", "id=\"kind-error\"", "Viser 9 av 9 oppføringer");
    }

    @Test
    void noPageTheAuditorReachesOffersAFormToSendOrALinkToAnAction() throws Exception {
        HttpResponse<String> start = pages.send(pages.get("/", auditor));
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/audit"));

        Set<String> visited = new LinkedHashSet<>();
        List<String> offered = new ArrayList<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/audit", "/my-action-items"));
        while (!toVisit.isEmpty() && visited.size() < 60) {
            String path = toVisit.removeFirst();
            if (!visited.add(path)) {
                continue;
            }
            HttpResponse<String> answer = pages.send(pages.get(path, auditor));
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            Matcher form = POST_FORM.matcher(answer.body());
            while (form.find()) {
                if (!form.group().contains("action=\"/logout\"")) {
                    offered.add(path + ": " + form.group());
                }
            }
            Matcher link = LINK.matcher(answer.body());
            while (link.find()) {
                String target = HtmlUtils.htmlUnescape(link.group(1));
                if (!target.startsWith("/") || target.startsWith("/css/") || target.startsWith("/webjars/")
                        || target.contains("lang=")) {
                    continue;
                }
                // A link the auditor is offered leads to a page the auditor may open: never to a refused action.
                int status = pages.send(pages.get(target, auditor)).statusCode();
                if (status == 403 || status >= 500) {
                    offered.add(path + ": a link to " + target + " answering " + status);
                }
                if (!target.contains("?") && status == 200) {
                    toVisit.add(target);
                }
            }
        }
        assertThat(visited).contains("/audit", "/forums", "/forums/" + file.forumId(), "/meetings",
                "/meetings/" + file.meetingId(), "/venues", "/venues/" + file.venueId(), timeline(file.venueId()));
        assertThat(offered).as("forms and action links offered to the auditor").isEmpty();

        String csrf = PageClient.csrf(pages.send(pages.get("/audit", auditor)).body());
        HttpResponse<String> refused = pages.send(pages.form("/venues/" + file.venueId() + "/issues/"
                + file.issueId() + "/resolution", auditor, "resolution=x&_csrf=" + encode(csrf)));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private String page(String path) throws Exception {
        HttpResponse<String> answer = pages.send(pages.get(path, auditor));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(answer.body());
    }

    /** The page's text without its tags and attributes: what a person reads. */
    private static String visible(String page) {
        return page.replaceAll("(?s)<[^>]*>", " ");
    }

    private static String timeline(UUID venueId) {
        return "/audit/venues/" + venueId + "/timeline";
    }

    /** Sends as an account of this municipality that no longer exists: the events name an id of no account here. */
    private void actingAs(UUID userId, Runnable send) {
        ForumUser gone = new ForumUser(userId, home.tenantId(), "gone@example.no", "", "Gone",
                Set.of(Role.COORDINATOR));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(gone, null, gone.getAuthorities()));
        try {
            send.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
