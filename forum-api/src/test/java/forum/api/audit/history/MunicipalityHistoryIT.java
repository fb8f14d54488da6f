package forum.api.audit.history;

import static forum.api.commands.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;

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
 * The municipality's history from the event store, over HTTP: every event of the tenant across its aggregates and
 * actors and none of another's, each actor with the role held then (a role changed between two events shows both),
 * an erased account and an erased description shown as erased, the filters, pages by position without a gap or a
 * repeat, bad filters named (400 in the API, a message on the page), and who may read it.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MunicipalityHistoryIT {

    private static final String HISTORY = "/api/v1/audit/history";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @LocalServerPort
    int port;

    TestMunicipality home;
    TestMunicipality other;
    CaseFiles.CaseFile file;
    CaseFiles.CaseFile otherFile;
    UUID coordinatorId;
    UUID memberId;
    UUID erasedId;
    UUID asMember;
    UUID asOfficer;
    UUID byTheErased;

    @BeforeAll
    void aHistoryOfSeveralAggregatesAndActors() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        file = CaseFiles.seed(commands, home.tenantId(), null);
        otherFile = CaseFiles.seed(commands, other.tenantId(), null);
        coordinatorId = accounts.find(home.usernames().get(Role.COORDINATOR)).orElseThrow().userId();
        memberId = accounts.create(home.tenantId(), "mona-" + UUID.randomUUID() + "@example.no",
                TestMunicipality.PASSWORD, "Mona Medlem", EnumSet.of(Role.FORUM_MEMBER)).userId();
        erasedId = accounts.create(home.tenantId(), "erik-" + UUID.randomUUID() + "@example.no",
                TestMunicipality.PASSWORD, "Erik Glemt", EnumSet.of(Role.LICENSING_OFFICER)).userId();

        asMember = issue(memberId, "Skrik i bakgården");
        ResponseEntity<?> changed = post(home.as(http, Role.COORDINATOR), "/api/v1/accounts/" + memberId + "/role",
                Map.of("role", "LICENSING_OFFICER"));
        assertThat(changed.getStatusCode().is2xxSuccessful()).as("%s", changed.getBody()).isTrue();
        asOfficer = issue(memberId, "Glass knust ved døren");
        byTheErased = issue(erasedId, "Beskrivelse som skal glemmes");
        ResponseEntity<?> resolved = post(home.as(http, Role.COORDINATOR), "/api/v1/venues/" + file.venueId()
                + "/issues/" + file.issueId() + "/resolution", Map.of("resolution", "Ny dørvakt ansatt"));
        assertThat(resolved.getStatusCode().value()).isEqualTo(204);
        ResponseEntity<?> erased = post(home.as(http, Role.COORDINATOR), "/api/v1/erasures", Map.of(
                "subjects", List.of("issue:" + byTheErased), "accountIds", List.of(erasedId),
                "reason", "PERSONS_REQUEST"));
        assertThat(erased.getStatusCode().value()).as("%s", erased.getBody()).isEqualTo(201);
    }

    @Test
    void everyEventOfTheMunicipalityAcrossItsAggregatesAndNoneOfAnothers() {
        List<JsonNode> all = all("oldest");
        assertThat(all).extracting(entry -> entry.get("aggregateType").asText())
                .contains("Municipality", "Forum", "Meeting", "Venue", "Erasure");
        assertThat(all).extracting(entry -> entry.get("kind").asText()).contains("MunicipalitySignedUp",
                "ForumEstablished", "ForumMemberAdded", "MeetingScheduled", "ActionItemAssigned", "VenueRegistered",
                "VenueIssueRegistered", "VenueIssueResolved", "LicensingDecisionRecorded", "PersonalDataErased");
        assertThat(all).extracting(entry -> entry.get("position").asLong()).isSorted().doesNotHaveDuplicates();
        String text = all.toString();
        for (UUID theirs : List.of(other.tenantId(), otherFile.venueId(), otherFile.forumId(),
                otherFile.meetingId())) {
            assertThat(text).doesNotContain(theirs.toString());
        }
        JsonNode resolution = single(all, "VenueIssueResolved");
        assertThat(resolution.at("/actor/name").asText()).isEqualTo("Kari Koordinator");
        assertThat(resolution.at("/actor/roles").toString()).isEqualTo("[\"COORDINATOR\"]");
        assertThat(resolution.at("/actor/rolesRecordedThen").asBoolean()).isTrue();
        assertThat(resolution.get("correlationId").asText()).isNotBlank();
        assertThat(resolution.get("summary").toString()).contains("Ny dørvakt ansatt");
        assertThat(single(all, "VenueRegistered").at("/actor/system").asBoolean()).isTrue();

        JsonNode theirs = body(other.as(http, Role.AUDITOR).getForEntity(HISTORY + "?size=200&aggregate="
                + file.venueId(), JsonNode.class));
        assertThat(theirs.get("entries")).isEmpty();
        assertThat(body(other.as(http, Role.AUDITOR).getForEntity(HISTORY + "?size=200", JsonNode.class)).toString())
                .doesNotContain(file.venueId().toString(), home.tenantId().toString(), "Mona Medlem");
    }

    @Test
    void eachActorIsNamedWithTheRoleHeldThenAndAnErasedOneAsErased() {
        List<JsonNode> all = all("oldest");
        JsonNode before = byAggregateChild(all, asMember);
        assertThat(before.at("/actor/name").asText()).isEqualTo("Mona Medlem");
        assertThat(before.at("/actor/roles").toString()).isEqualTo("[\"FORUM_MEMBER\"]");
        assertThat(before.at("/actor/rolesRecordedThen").asBoolean()).isTrue();
        JsonNode after = byAggregateChild(all, asOfficer);
        assertThat(after.at("/actor/name").asText()).isEqualTo("Mona Medlem");
        assertThat(after.at("/actor/roles").toString()).isEqualTo("[\"LICENSING_OFFICER\"]");

        JsonNode forgotten = byAggregateChild(all, byTheErased);
        assertThat(forgotten.at("/actor/erased").asBoolean()).isTrue();
        assertThat(forgotten.at("/actor/name").isNull()).isTrue();
        assertThat(forgotten.at("/actor/roles").toString()).isEqualTo("[\"LICENSING_OFFICER\"]");
        assertThat(forgotten.get("summary").toString()).contains("\"field\":\"description\"", "\"erased\":true");
        assertThat(all.toString()).doesNotContain("Erik Glemt", "Beskrivelse som skal glemmes");
    }

    @Test
    void filtersByPersonAggregateKindAndPeriod() {
        List<JsonNode> byMember = entries("?person=" + memberId);
        assertThat(byMember).hasSize(2).allSatisfy(entry ->
                assertThat(entry.at("/actor/accountId").asText()).isEqualTo(memberId.toString()));
        // A data subject: the events that name the forum member's id.
        assertThat(entries("?person=" + file.memberId())).extracting(entry -> entry.get("kind").asText())
                .contains("ForumMemberAdded", "ActionItemAssigned");
        assertThat(entries("?aggregate=" + file.meetingId())).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.get("aggregateId").asText()).isEqualTo(file.meetingId().toString()));
        assertThat(entries("?aggregateType=Forum")).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.get("aggregateType").asText()).isEqualTo("Forum"));
        assertThat(entries("?kind=VenueIssueRegistered")).hasSize(5).allSatisfy(entry ->
                assertThat(entry.get("kind").asText()).isEqualTo("VenueIssueRegistered"));
        Instant now = Instant.now();
        assertThat(entries("?from=" + now.plus(1, ChronoUnit.HOURS))).isEmpty();
        assertThat(entries("?to=" + now.minus(1, ChronoUnit.DAYS))).isEmpty();
        assertThat(entries("?from=" + now.minus(1, ChronoUnit.HOURS) + "&to=" + now.plus(1, ChronoUnit.HOURS)))
                .hasSameSizeAs(all("newest"));
        assertThat(entries("?person=" + memberId + "&kind=VenueIssueRegistered&aggregate=" + file.venueId()))
                .hasSize(2);
    }

    @Test
    void aFilterThatCannotBeReadIsA400NamingIt() {
        for (String[] bad : new String[][] {{"from", "31.12.2026"}, {"to", "tomorrow"}, {"person", "Mona"},
                {"aggregate", "bar-nord"}, {"aggregateType", "Bar"}, {"kind", "Bribe"}, {"order", "random"},
                {"size", "0"}, {"after", "-4"}}) {
            ResponseEntity<JsonNode> refused = home.as(http, Role.AUDITOR).getForEntity(HISTORY + "?" + bad[0] + "="
                    + bad[1], JsonNode.class);
            assertThat(refused.getStatusCode().value()).as(bad[0]).isEqualTo(400);
            assertThat(refused.getBody().at("/fields/0/field").asText()).isEqualTo(bad[0]);
            assertThat(refused.getBody().get("code").asText()).isEqualTo("validation");
        }
    }

    @Test
    void pagesFollowTheStoresPositionsWithoutGapOrRepeat() {
        for (String order : List.of("oldest", "newest")) {
            List<Long> whole = all(order).stream().map(entry -> entry.get("position").asLong()).toList();
            List<Long> paged = new ArrayList<>();
            String after = "";
            int pages = 0;
            do {
                JsonNode page = body(home.as(http, Role.AUDITOR).getForEntity(HISTORY + "?size=4&order=" + order
                        + after, JsonNode.class));
                page.get("entries").forEach(entry -> paged.add(entry.get("position").asLong()));
                after = page.get("next").isNull() ? null : "&after=" + page.get("next").asLong();
                pages++;
            } while (after != null && pages < 100);
            assertThat(pages).isGreaterThan(4).isEqualTo((whole.size() + 3) / 4);
            assertThat(paged).as(order).isEqualTo(whole);
        }
    }

    @Test
    void theAuditorAndTheCoordinatorReadItAndNoOtherRole() {
        for (Role role : Set.of(Role.FORUM_MEMBER, Role.LICENSING_OFFICER, Role.NETWORK_COORDINATOR)) {
            assertThat(home.as(http, role).getForEntity(HISTORY, String.class).getStatusCode().value()).as("%s", role)
                    .isEqualTo(403);
        }
        assertThat(home.as(http, Role.COORDINATOR).getForEntity(HISTORY, String.class).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void thePagesShowTheHistoryToTheAuditorAndTheCoordinatorAndNameABadFilter() throws Exception {
        PageClient pages = new PageClient(port);
        String auditor = pages.signIn(home.usernames().get(Role.AUDITOR), TestMunicipality.PASSWORD);
        String page = page(pages, auditor, "/audit/history?order=oldest");
        assertThat(page).contains("Alt som er registrert i kommunen", "Kari Koordinator", "koordinator",
                "Mona Medlem", "medlem", "Hendelse registrert", "Skjenkested", "Ny dørvakt ansatt", "slettet",
                "Forum selv (programmets arbeid)").doesNotContain("Erik Glemt", other.tenantId().toString());
        String paged = page(pages, auditor, "/audit/history?size=2");
        assertThat(paged).contains("2 registreringer på denne siden", "Neste side", "after=");

        String bad = page(pages, auditor, "/audit/history?from=31.12.2026&kind=Bribe");
        assertThat(bad).contains("id=\"from-error\"", "id=\"kind-error\"", "aria-invalid=\"true\"",
                "Rett filtrene for å se historikken.").doesNotContain("Kari Koordinator");

        String coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/audit/history", coordinator)).statusCode()).isEqualTo(403);
        assertThat(page(pages, coordinator, "/municipality/history")).contains("Mona Medlem");
        String member = pages.signIn(home.usernames().get(Role.FORUM_MEMBER), TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/municipality/history", member)).statusCode()).isEqualTo(403);
    }

    @Test
    void rolesRecordedAreOnlyAddedToNeverChangedByTheApplication() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("select set_config('forum.tenant_id', :tenant, true)").param("tenant",
                    home.tenantId().toString()).query(String.class).single();
            jdbc.sql("update account_role_history set roles = 'COORDINATOR' where account_id = :id")
                    .param("id", memberId).update();
        })).rootCause().hasMessageContaining("permission denied");
    }

    private UUID issue(UUID actor, String description) {
        UUID issueId = UUID.randomUUID();
        ForumUser user = new ForumUser(actor, home.tenantId(), "someone@example.no", "", "Someone",
                Set.of(Role.LICENSING_OFFICER));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            commands.sendAndWait(new RegisterVenueIssue(home.tenantId(), file.venueId(), issueId,
                    IssueCategory.DISORDER, Instant.now().minus(1, ChronoUnit.HOURS), IssueSource.PUBLIC,
                    description, Severity.LOW));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return issueId;
    }

    private List<JsonNode> all(String order) {
        JsonNode page = body(home.as(http, Role.AUDITOR).getForEntity(HISTORY + "?size=200&order=" + order,
                JsonNode.class));
        assertThat(page.get("next").isNull()).as("the whole history on one page").isTrue();
        return StreamSupport.stream(page.get("entries").spliterator(), false).toList();
    }

    private List<JsonNode> entries(String query) {
        JsonNode page = body(home.as(http, Role.AUDITOR).getForEntity(HISTORY + query + "&size=200", JsonNode.class));
        return StreamSupport.stream(page.get("entries").spliterator(), false).toList();
    }

    private static JsonNode body(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    private static JsonNode single(List<JsonNode> entries, String kind) {
        return entries.stream().filter(entry -> entry.get("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    /** The registration of this issue: the event whose payload names it. */
    private JsonNode byAggregateChild(List<JsonNode> entries, UUID issueId) {
        List<JsonNode> naming = entries("?person=" + issueId + "&kind=VenueIssueRegistered");
        assertThat(naming).hasSize(1);
        long position = naming.get(0).get("position").asLong();
        return entries.stream().filter(entry -> entry.get("position").asLong() == position).findFirst().orElseThrow();
    }

    private static String page(PageClient pages, String session, String path) throws Exception {
        HttpResponse<String> answer = pages.send(pages.get(path, session));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(answer.body());
    }
}
