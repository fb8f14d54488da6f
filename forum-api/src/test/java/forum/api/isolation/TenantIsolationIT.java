package forum.api.isolation;

import static forum.api.isolation.TenantIsolationIT.Kind.A_OWNED;
import static forum.api.isolation.TenantIsolationIT.Kind.CROSS_TENANT;
import static forum.api.isolation.TenantIsolationIT.Kind.OWN_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * Generated from the served OpenAPI document: every operation, called by every role of municipality B with
 * identifiers of municipality A, refuses (403) or answers like for a missing resource (404), and no answer
 * carries anything of A's that B did not send itself. An operation the document lists and the tables below
 * neither cover nor exempt fails the test: a new endpoint must say how it keeps tenants apart.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    /** What an operation's identifiers point at, and so what B may get back. */
    enum Kind {
        /** Path or body name A's forum, meeting, venue...: 403 or 404 only. */
        A_OWNED,
        /** Nothing of A's is named (lists, creating in B, sign-up, B's invitations): any answer below 500. */
        OWN_SCOPE,
        /**
         * Shared by municipalities or run by the operator for all of them: B's coordinator may join A's network,
         * the operator may grant its coordinator or rebuild A's read models. Any answer below 500.
         */
        CROSS_TENANT
    }

    /** How one operation is called: its kind, a fresh body (null for none), what it may echo of A's by design. */
    record Case(Kind kind, Supplier<Object> body, Set<String> mayEcho) {

        static Case of(Kind kind) {
            return new Case(kind, () -> null, Set.of());
        }

        static Case of(Kind kind, Supplier<Object> body) {
            return new Case(kind, body, Set.of());
        }
    }

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    TestMunicipality a;
    TestMunicipality b;
    TestRestTemplate aCoordinator;
    TestRestTemplate aNetworkCoordinator;
    final Map<Role, TestRestTemplate> bUsers = new LinkedHashMap<>();

    /** Path and query parameters by name: A's identifiers. */
    final Map<String, String> aIds = new LinkedHashMap<>();
    /** Everything of A's that must never reach B: identifiers, names, personal data, free text. */
    final Set<String> aData = new TreeSet<>();
    JsonNode aProfile;

    @BeforeAll
    void twoMunicipalitiesAndTheirNetworks() {
        TestRestTemplate operator = http.withBasicAuth(TestMunicipality.createOperator(accounts),
                TestMunicipality.PASSWORD);
        a = TestMunicipality.signUp(http, accounts);
        b = TestMunicipality.signUp(http, accounts);
        aCoordinator = a.as(http, Role.COORDINATOR);

        UUID networkA = network(operator, "Nettverk A " + SUFFIX);
        UUID networkB = network(operator, "Nettverk B " + SUFFIX);
        join(operator, a, networkA);
        join(operator, b, networkB);
        aNetworkCoordinator = networkCoordinator(networkA);

        for (Role role : List.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR)) {
            bUsers.put(role, b.as(http, role));
        }
        bUsers.put(Role.NETWORK_COORDINATOR, networkCoordinator(networkB));
        bUsers.put(Role.OPERATOR, operator);

        createEverythingInA(networkA);
    }

    UUID network(TestRestTemplate operator, String name) {
        return Api.created(Api.post(operator, "/api/v1/networks", Map.of("name", name, "country", "NO")));
    }

    void join(TestRestTemplate operator, TestMunicipality municipality, UUID networkId) {
        assertThat(Api.post(operator, "/api/v1/networks/" + networkId + "/invitations",
                Map.of("municipalityId", municipality.tenantId())).getStatusCode().value()).isEqualTo(201);
        assertThat(Api.post(municipality.as(http, Role.COORDINATOR), "/api/v1/networks/" + networkId + "/members",
                null).getStatusCode().value()).isEqualTo(201);
    }

    /** A network's coordinator belongs to no municipality, only to the network. */
    TestRestTemplate networkCoordinator(UUID networkId) {
        String username = "network-" + UUID.randomUUID() + "@example.no";
        accounts.create(new UserAccounts.NewAccount(null, networkId, username, "Nina Nettverk",
                EnumSet.of(Role.NETWORK_COORDINATOR), null), TestMunicipality.PASSWORD);
        return http.withBasicAuth(username, TestMunicipality.PASSWORD);
    }

    void createEverythingInA(UUID networkA) {
        String forumName = "Forum A " + SUFFIX;
        UUID forumId = Api.created(Api.post(aCoordinator, "/api/v1/forums",
                Map.of("name", forumName, "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4)));
        String person = "Astrid Avskild " + SUFFIX;
        String personEmail = "astrid-" + SUFFIX + "@politi.example.no";
        UUID memberId = Api.created(Api.post(aCoordinator, "/api/v1/forums/" + forumId + "/members",
                Map.of("personName", person, "email", personEmail, "organisation", "Politiet A " + SUFFIX,
                        "role", "POLICE")));
        Api.noContent(Api.post(aCoordinator, "/api/v1/forums/" + forumId + "/coordinator",
                Map.of("memberId", memberId)));

        String location = "Rådhussalen A " + SUFFIX;
        String agenda = "Dagsorden A " + SUFFIX;
        // Begins at once, so that its minutes can be recorded and approved: their PDF exists only then.
        Instant startsAt = Instant.now().plus(Duration.ofSeconds(3));
        UUID meetingId = Api.created(Api.post(aCoordinator, "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", startsAt.toString(), "duration", "PT2H",
                "location", location, "agenda", List.of(agenda))));
        String decision = "Vedtak A " + SUFFIX;
        Api.noContent(Api.post(aCoordinator, "/api/v1/meetings/" + meetingId + "/decisions", Map.of("text", decision)));
        String what = "Oppfølging A " + SUFFIX;
        UUID actionItemId = Api.created(Api.post(aCoordinator, "/api/v1/meetings/" + meetingId + "/action-items",
                Map.of("ownerMemberId", memberId, "what", what, "due", LocalDate.now().plusDays(14).toString())));

        String minutes = "Referat A " + SUFFIX;
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(startsAt));
        Api.noContent(Api.put(aCoordinator, "/api/v1/meetings/" + meetingId + "/minutes", Map.of("text", minutes)));
        Api.noContent(Api.post(aCoordinator, "/api/v1/meetings/" + meetingId + "/minutes/approval", null));

        String venueName = "Skjenkestedet A " + SUFFIX;
        String address = "Storgata A " + SUFFIX;
        String licence = "LIC-A-" + SUFFIX;
        String holder = "Holder A " + SUFFIX;
        UUID venueId = Api.created(Api.post(aCoordinator, "/api/v1/venues", Map.of("name", venueName,
                "address", address, "licenceNumber", licence, "licenceHolder", holder,
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-03")));
        String description = "Beskrivelse A " + SUFFIX;
        UUID issueId = Api.created(Api.post(aCoordinator, "/api/v1/venues/" + venueId + "/issues", Map.of(
                "category", "SERVING_MINORS", "observedAt", Instant.now().minus(Duration.ofHours(5)).toString(),
                "source", "POLICE", "description", description, "severity", "HIGH")));
        String rationale = "Begrunnelse A " + SUFFIX;
        UUID recommendationId = Api.created(Api.post(aCoordinator, "/api/v1/venues/" + venueId + "/recommendations",
                Map.of("kind", "WARNING", "rationale", rationale, "issueIds", List.of(issueId),
                        "meetingId", meetingId)));
        String reference = "Sak A " + SUFFIX;
        UUID decisionId = Api.created(Api.post(aCoordinator, "/api/v1/venues/" + venueId + "/licensing-decisions",
                Map.of("recommendationId", recommendationId, "outcome", "WARNING",
                        "from", LocalDate.now().toString(), "authorityReference", reference)));
        String signatory = "Signatar A " + SUFFIX;
        UUID agreementId = Api.created(Api.post(aCoordinator, "/api/v1/venues/" + venueId + "/agreements",
                Map.of("method", "ACTION_PLAN_GROUP", "signedOn", LocalDate.now().toString(),
                        "signedForVenue", signatory, "signedForMunicipality", signatory,
                        "commitments", List.of("STAFF_TRAINING"), "staffCount", 5)));

        String invitee = "invitee-a-" + SUFFIX + "@example.no";
        UUID invitationId = Api.created(Api.post(aCoordinator, "/api/v1/invitations",
                Map.of("email", invitee, "name", "Invitert A " + SUFFIX, "role", "FORUM_MEMBER")));
        String auditor = "auditor-a-" + SUFFIX + "@example.no";
        UUID grantId = Api.created(Api.post(aCoordinator, "/api/v1/auditor-grants", Map.of("email", auditor,
                "name", "Revisor A " + SUFFIX, "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString())));

        aIds.put("forumId", forumId.toString());
        aIds.put("memberId", memberId.toString());
        aIds.put("owner", memberId.toString());
        aIds.put("meetingId", meetingId.toString());
        aIds.put("actionItemId", actionItemId.toString());
        aIds.put("venueId", venueId.toString());
        aIds.put("issueId", issueId.toString());
        aIds.put("recommendationId", recommendationId.toString());
        aIds.put("networkId", networkA.toString());
        aIds.put("invitationId", invitationId.toString());
        aIds.put("grantId", grantId.toString());
        UUID accountId = accounts.find(a.usernames().get(Role.FORUM_MEMBER)).orElseThrow().userId();
        aIds.put("accountId", accountId.toString());
        aIds.put("tenant", a.tenantId().toString());
        aIds.put("municipalityId", a.tenantId().toString());
        aIds.put("query", personEmail);

        aProfile = await().atMost(Duration.ofSeconds(30)).until(
                () -> aCoordinator.getForEntity("/api/v1/municipality", JsonNode.class),
                answer -> answer.getStatusCode().value() == 200).getBody();

        // The network's id and name are not A's: networks are shared by their members and run by the operator.
        aData.addAll(List.of(a.tenantId().toString(), forumId.toString(), memberId.toString(), meetingId.toString(),
                actionItemId.toString(), venueId.toString(), issueId.toString(), recommendationId.toString(),
                decisionId.toString(), agreementId.toString(), signatory, invitationId.toString(), grantId.toString(),
                accountId.toString(),
                forumName, person, personEmail, "Politiet A " + SUFFIX, location, agenda, decision, what, minutes,
                venueName, address, licence, holder, description, rationale, reference,
                invitee, "Invitert A " + SUFFIX, auditor, "Revisor A " + SUFFIX,
                aProfile.get("name").asText(), aProfile.get("municipalityKey").asText(),
                aProfile.get("coordinatorEmail").asText()));
        a.usernames().values().forEach(aData::add);
    }

    /** Every operation the tests call, by method and path template, and how. */
    Map<String, Case> covered() {
        Map<String, Case> cases = new LinkedHashMap<>();
        // Municipalities
        cases.put("POST /api/v1/municipalities", new Case(OWN_SCOPE, () -> Map.of("name", "Inntrenger",
                "country", "NO", "officialCode", aProfile.get("officialCode").asText(),
                "coordinatorName", "Ivar Inntrenger", "coordinatorEmail", fresh("signup"),
                "coordinatorPassword", TestMunicipality.PASSWORD),
                // The answer to a taken code names the code's key by design: a municipality may learn it is taken.
                Set.of(aProfile.get("municipalityKey").asText())));
        cases.put("GET /api/v1/municipality", Case.of(OWN_SCOPE));
        // Forums
        cases.put("POST /api/v1/forums", Case.of(OWN_SCOPE,
                () -> Map.of("name", "Forum B", "method", "OTHER", "meetingsPerYear", 2)));
        cases.put("GET /api/v1/forums", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/forums/{forumId}", Case.of(A_OWNED));
        cases.put("POST /api/v1/forums/{forumId}/members", Case.of(A_OWNED, () -> Map.of("personName", "Berit B",
                "organisation", "SSP", "role", "SSP")));
        cases.put("DELETE /api/v1/forums/{forumId}/members/{memberId}", Case.of(A_OWNED));
        cases.put("POST /api/v1/forums/{forumId}/coordinator", Case.of(A_OWNED,
                () -> Map.of("memberId", aIds.get("memberId"))));
        cases.put("GET /api/v1/forums/{forumId}/action-items", Case.of(A_OWNED));
        cases.put("GET /api/v1/forums/{forumId}/action-items/owners", Case.of(A_OWNED));
        // Meetings: scheduling names A's forum in the body.
        cases.put("POST /api/v1/meetings", Case.of(A_OWNED, () -> Map.of("forumId", aIds.get("forumId"),
                "startsAt", Instant.now().plus(Duration.ofDays(5)).toString(), "duration", "PT1H",
                "location", "Hos B", "agenda", List.of("B"))));
        cases.put("GET /api/v1/meetings", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/meetings/{meetingId}", Case.of(A_OWNED));
        cases.put("POST /api/v1/meetings/{meetingId}/rescheduling", Case.of(A_OWNED, () -> Map.of(
                "startsAt", Instant.now().plus(Duration.ofDays(6)).toString(), "duration", "PT1H",
                "location", "Hos B")));
        cases.put("POST /api/v1/meetings/{meetingId}/cancellation", Case.of(A_OWNED,
                () -> Map.of("reason", "B avlyser")));
        cases.put("PUT /api/v1/meetings/{meetingId}/attendance", Case.of(A_OWNED,
                () -> Map.of("presentMemberIds", List.of(aIds.get("memberId")))));
        cases.put("PUT /api/v1/meetings/{meetingId}/minutes", Case.of(A_OWNED, () -> Map.of("text", "B skriver")));
        cases.put("POST /api/v1/meetings/{meetingId}/minutes/approval", Case.of(A_OWNED));
        cases.put("GET /api/v1/meetings/{meetingId}/minutes.pdf", Case.of(A_OWNED));
        cases.put("POST /api/v1/meetings/{meetingId}/decisions", Case.of(A_OWNED, () -> Map.of("text", "B vedtar")));
        cases.put("POST /api/v1/meetings/{meetingId}/action-items", Case.of(A_OWNED, () -> Map.of(
                "ownerMemberId", aIds.get("memberId"), "what", "B ber om", "due", LocalDate.now().toString())));
        cases.put("POST /api/v1/meetings/{meetingId}/action-items/{actionItemId}/completion", Case.of(A_OWNED));
        // Venues and their cases
        cases.put("POST /api/v1/venues", Case.of(OWN_SCOPE, () -> Map.of("name", "Baren B", "address", "Gata B",
                "licenceNumber", "LIC-B", "licenceHolder", "B AS", "licenceKind", "PERMANENT_PUBLIC",
                "servingHours", "18-01")));
        cases.put("GET /api/v1/venues", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/venues/{venueId}", Case.of(A_OWNED));
        cases.put("GET /api/v1/venues/{venueId}/timeline", Case.of(A_OWNED));
        cases.put("GET /api/v1/venues/{venueId}/sanction-rules", Case.of(A_OWNED));
        cases.put("PUT /api/v1/venues/{venueId}/details", Case.of(A_OWNED, () -> Map.of("name", "Baren B",
                "address", "Gata B", "licenceHolder", "B AS", "licenceKind", "PERMANENT_PUBLIC",
                "servingHours", "18-01")));
        cases.put("POST /api/v1/venues/{venueId}/closure", Case.of(A_OWNED, () -> Map.of(
                "closedOn", LocalDate.now().toString(), "reason", "BUSINESS_CLOSED")));
        // Matched by licence number in B's own register only: VenueImportIT imports A's licence numbers as B.
        cases.put("POST /api/v1/venues/import", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/venue-issues", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/venues.csv", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/venue-issues.csv", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/venues/{venueId}/case-file.pdf", Case.of(A_OWNED));
        cases.put("POST /api/v1/venues/{venueId}/issues", Case.of(A_OWNED, () -> Map.of("category", "DISORDER",
                "observedAt", Instant.now().minus(Duration.ofHours(1)).toString(), "source", "PUBLIC",
                "description", "B melder", "severity", "LOW")));
        cases.put("POST /api/v1/venues/{venueId}/issues/{issueId}/resolution", Case.of(A_OWNED,
                () -> Map.of("resolution", "B løser")));
        cases.put("POST /api/v1/venues/{venueId}/recommendations", Case.of(A_OWNED, () -> Map.of("kind", "WARNING",
                "rationale", "B anbefaler", "issueIds", List.of(aIds.get("issueId")),
                "meetingId", aIds.get("meetingId"))));
        cases.put("POST /api/v1/venues/{venueId}/recommendations/{recommendationId}/revocation", Case.of(A_OWNED,
                () -> Map.of("reason", "B trekker")));
        cases.put("POST /api/v1/venues/{venueId}/licensing-decisions", Case.of(A_OWNED, () -> Map.of(
                "recommendationId", aIds.get("recommendationId"), "outcome", "REVOCATION",
                "from", LocalDate.now().toString(), "authorityReference", "B sak")));
        // Agreements and training: renewal and ending find the venue's current agreement in the own register only.
        cases.put("POST /api/v1/venues/{venueId}/agreements", Case.of(A_OWNED, () -> Map.of(
                "method", "ACTION_PLAN_GROUP", "signedOn", LocalDate.now().toString(), "signedForVenue", "B",
                "signedForMunicipality", "B", "commitments", List.of("STAFF_TRAINING"), "staffCount", 3)));
        cases.put("POST /api/v1/venues/{venueId}/agreement/renewal", Case.of(A_OWNED, () -> Map.of(
                "renewedOn", LocalDate.now().toString(), "staffCount", 3)));
        cases.put("POST /api/v1/venues/{venueId}/agreement/ending", Case.of(A_OWNED, () -> Map.of(
                "endedOn", LocalDate.now().toString(), "reason", "VENUE_WITHDREW")));
        cases.put("POST /api/v1/venues/{venueId}/trainings", Case.of(A_OWNED, () -> Map.of(
                "kind", "RESPONSIBLE_HOSTING", "provider", "B", "trainedOn", LocalDate.now().toString(),
                "staffTrained", 2)));
        cases.put("GET /api/v1/venues/{venueId}/membership", Case.of(A_OWNED));
        cases.put("GET /api/v1/agreement-renewals", Case.of(OWN_SCOPE));
        // Networks
        cases.put("POST /api/v1/networks", Case.of(OWN_SCOPE, () -> Map.of("name", "Nettverk av B", "country", "NO")));
        cases.put("POST /api/v1/networks/{networkId}/members", Case.of(CROSS_TENANT));
        cases.put("DELETE /api/v1/networks/{networkId}/members/mine", Case.of(CROSS_TENANT));
        // Invitations are the network's: the operator may read and withdraw those of A's network, so it sees A's
        // name and id there as on its own pages; a municipality that never signed up cannot be invited.
        cases.put("POST /api/v1/networks/{networkId}/invitations", Case.of(CROSS_TENANT,
                () -> Map.of("municipalityId", UUID.randomUUID())));
        cases.put("GET /api/v1/networks/{networkId}/invitations", new Case(CROSS_TENANT, () -> null,
                Set.of(a.tenantId().toString(), aProfile.get("name").asText())));
        cases.put("DELETE /api/v1/networks/{networkId}/invitations/{municipalityId}", Case.of(CROSS_TENANT));
        cases.put("DELETE /api/v1/networks/{networkId}/invitations/mine", Case.of(CROSS_TENANT));
        cases.put("GET /api/v1/municipality/network-invitations", Case.of(OWN_SCOPE));
        cases.put("POST /api/v1/networks/{networkId}/coordinators", Case.of(CROSS_TENANT,
                () -> Map.of("email", fresh("network"), "name", "Nils Nettverk")));
        cases.put("GET /api/v1/networks/{networkId}/statistics", Case.of(A_OWNED));
        cases.put("GET /api/v1/municipality/network-comparison", Case.of(CROSS_TENANT));
        cases.put("GET /api/v1/municipality/networks", Case.of(OWN_SCOPE));
        // Operations
        cases.put("POST /api/v1/admin/read-models/rebuild", Case.of(CROSS_TENANT));
        // The operator verifies any municipality's chain (A's, named by the tenant parameter sent); B's auditor only
        // B's own (403 for A's); a clean chain's answer names no event.
        cases.put("GET /api/v1/audit/chain/verification", Case.of(CROSS_TENANT));
        // Accounts
        cases.put("POST /api/v1/invitations", Case.of(OWN_SCOPE,
                () -> Map.of("email", fresh("invitee"), "name", "Invitert B", "role", "FORUM_MEMBER")));
        cases.put("GET /api/v1/invitations", Case.of(OWN_SCOPE));
        cases.put("DELETE /api/v1/invitations/{invitationId}", Case.of(A_OWNED));
        cases.put("POST /api/v1/auditor-grants", Case.of(OWN_SCOPE, () -> Map.of("email", fresh("auditor"),
                "name", "Revisor B", "expiresAt", Instant.now().plus(Duration.ofDays(10)).toString())));
        cases.put("GET /api/v1/auditor-grants", Case.of(OWN_SCOPE));
        cases.put("DELETE /api/v1/auditor-grants/{grantId}", Case.of(A_OWNED));
        cases.put("GET /api/v1/accounts", Case.of(OWN_SCOPE));
        cases.put("POST /api/v1/accounts/{accountId}/role", Case.of(A_OWNED, () -> Map.of("role", "COORDINATOR")));
        cases.put("POST /api/v1/accounts/{accountId}/deactivation", Case.of(A_OWNED));
        cases.put("POST /api/v1/accounts/{accountId}/reactivation", Case.of(A_OWNED));
        // Retention: the caller's own municipality's periods and runs; nothing names A's.
        cases.put("GET /api/v1/retention", Case.of(OWN_SCOPE));
        cases.put("PUT /api/v1/retention/periods", Case.of(OWN_SCOPE,
                () -> Map.of("kind", "PASSWORD_RESET", "days", 14)));
        // Data subjects: B's search for A's person finds nothing of A's (the query itself is echoed by the export).
        cases.put("GET /api/v1/data-subjects", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/data-subjects/export", new Case(OWN_SCOPE, () -> null, Set.of(aIds.get("query"))));
        cases.put("POST /api/v1/erasures", Case.of(A_OWNED, () -> Map.of("subjects",
                List.of("member:" + aIds.get("memberId")), "accountIds", List.of(aIds.get("accountId")),
                "reason", "PERSONS_REQUEST")));
        cases.put("GET /api/v1/erasures", Case.of(OWN_SCOPE));
        // As of a moment: A's venue, forum and meeting as they stood now, read from the event store.
        cases.put("GET /api/v1/audit/venues/{venueId}/as-of", Case.of(A_OWNED));
        cases.put("GET /api/v1/audit/forums/{forumId}/as-of", Case.of(A_OWNED));
        cases.put("GET /api/v1/audit/meetings/{meetingId}/as-of", Case.of(A_OWNED));
        cases.put("GET /api/v1/audit/venues/{venueId}/export", Case.of(A_OWNED));
        // The municipality's history and the log of auditors' reads: the caller's own municipality's, whatever it asks.
        cases.put("GET /api/v1/audit/history", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/audit/reads", Case.of(OWN_SCOPE));
        // Calendars: the caller's own feed, or a feed of A's forum (not found in B).
        cases.put("GET /api/v1/calendar/feed", Case.of(OWN_SCOPE));
        cases.put("POST /api/v1/calendar/feed", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/calendar/forums/{forumId}/feed", Case.of(A_OWNED));
        cases.put("POST /api/v1/calendar/forums/{forumId}/feed", Case.of(A_OWNED));
        cases.put("GET /api/v1/audit/history/export", Case.of(OWN_SCOPE));
        // Mail: the caller's own municipality's outbox and sender, the caller's own settings; A's mails never show.
        cases.put("GET /api/v1/mail/sent", Case.of(OWN_SCOPE));
        cases.put("GET /api/v1/mail/sender", Case.of(OWN_SCOPE));
        cases.put("PUT /api/v1/mail/sender", Case.of(OWN_SCOPE, () -> Map.of("senderName", "Kommune B")));
        cases.put("GET /api/v1/mail/preferences", Case.of(OWN_SCOPE));
        cases.put("PUT /api/v1/mail/preferences", Case.of(OWN_SCOPE,
                () -> Map.of("turnedOff", List.of("minutes-approved"))));
        return cases;
    }

    /** Operations not called, each with the reason. */
    static final Map<String, String> EXEMPT = Map.of(
            "POST /api/v1/invitations/{token}/acceptance",
            "Anonymous: the path holds a secret token, no identifier of A, and B cannot learn A's tokens "
                    + "(they are shown once, to A's coordinator); failed guesses count against the address limit "
                    + "that AcceptanceLimitIT tests in this JVM.");

    @Test
    void everyOperationOfTheDocumentIsCoveredOrExempt() {
        Set<String> documented = operations(document()).keySet();
        Set<String> known = new TreeSet<>(covered().keySet());
        known.addAll(EXEMPT.keySet());

        Set<String> uncovered = new TreeSet<>(documented);
        uncovered.removeAll(known);
        Set<String> stale = new TreeSet<>(known);
        stale.removeAll(documented);

        assertThat(uncovered).as("operations in /v3/api-docs that TenantIsolationIT neither covers nor exempts: "
                + "add each to covered() or EXEMPT").isEmpty();
        assertThat(stale).as("operations in TenantIsolationIT's tables that the document no longer has").isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyRoleOfBWithAsIdentifiers() {
        Map<String, Case> cases = covered();
        List<DynamicNode> operations = new ArrayList<>();
        operations(document()).forEach((key, operation) -> {
            Case covered = cases.get(key);
            if (covered == null) {
                return; // reported by everyOperationOfTheDocumentIsCoveredOrExempt
            }
            List<DynamicNode> calls = new ArrayList<>();
            if (covered.kind() == A_OWNED && key.startsWith("GET ")) {
                calls.add(DynamicTest.dynamicTest("A's own user reads it (control)",
                        () -> controlCall(key, operation)));
            }
            bUsers.forEach((role, user) -> calls.add(DynamicTest.dynamicTest("as B's " + role,
                    () -> call(key, operation, covered, role, user))));
            operations.add(DynamicContainer.dynamicContainer(key, calls));
        });
        return operations.stream();
    }

    /**
     * B's own forum, meeting and venue, with A's identifiers where a body or the inner path segment names a
     * member, an issue, a recommendation or an action item: B's aggregates must not take A's for their own.
     */
    @Test
    void bsOwnCasesNamingAsMembersIssuesAndRecommendations() throws JsonProcessingException {
        TestRestTemplate coordinator = bUsers.get(Role.COORDINATOR);
        UUID forum = Api.created(Api.post(coordinator, "/api/v1/forums",
                Map.of("name", "Forum B " + SUFFIX, "method", "OTHER", "meetingsPerYear", 2)));
        UUID meeting = Api.created(Api.post(coordinator, "/api/v1/meetings", Map.of("forumId", forum,
                "startsAt", Instant.now().plus(Duration.ofDays(4)).toString(), "duration", "PT1H",
                "location", "Hos B", "agenda", List.of())));
        UUID venue = Api.created(Api.post(coordinator, "/api/v1/venues", Map.of("name", "Baren B " + SUFFIX,
                "address", "Gata B", "licenceNumber", "LIC-B", "licenceHolder", "B AS",
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-01")));
        String member = aIds.get("memberId");
        Map<String, Map<String, Object>> requests = new LinkedHashMap<>();
        requests.put("POST /api/v1/forums/" + forum + "/coordinator", Map.of("memberId", member));
        requests.put("DELETE /api/v1/forums/" + forum + "/members/" + member, Map.of());
        requests.put("PUT /api/v1/meetings/" + meeting + "/attendance", Map.of("presentMemberIds", List.of(member)));
        requests.put("POST /api/v1/meetings/" + meeting + "/action-items", Map.of("ownerMemberId", member,
                "what", "B ber A", "due", LocalDate.now().toString()));
        requests.put("POST /api/v1/meetings/" + meeting + "/action-items/" + aIds.get("actionItemId")
                + "/completion", Map.of());
        requests.put("POST /api/v1/venues/" + venue + "/issues/" + aIds.get("issueId") + "/resolution",
                Map.of("resolution", "B løser A"));
        requests.put("POST /api/v1/venues/" + venue + "/recommendations", Map.of("kind", "WARNING",
                "rationale", "B om A", "issueIds", List.of(aIds.get("issueId"))));
        requests.put("POST /api/v1/venues/" + venue + "/recommendations/" + aIds.get("recommendationId")
                + "/revocation", Map.of("reason", "B trekker A"));
        requests.put("POST /api/v1/venues/" + venue + "/licensing-decisions", Map.of(
                "recommendationId", aIds.get("recommendationId"), "outcome", "REVOCATION",
                "from", LocalDate.now().toString()));

        for (Map.Entry<String, Map<String, Object>> request : requests.entrySet()) {
            String key = request.getKey();
            Object body = request.getValue().isEmpty() ? null : request.getValue();
            ResponseEntity<String> answer = send(coordinator, key, body);
            String what = key + " -> " + answer.getStatusCode().value() + " " + answer.getBody();
            assertThat(answer.getStatusCode().is4xxClientError()).as(what).isTrue();
            assertNoneOfAsData(answer, key + " " + json.writeValueAsString(body), Set.of(), what);
        }
    }

    /**
     * The same request by A's own user answers 200 with A's data: the identifiers are real and the read models
     * have them, so B's 404 below is a refusal, not a lag.
     */
    void controlCall(String key, Operation operation) throws IOException {
        TestRestTemplate owner = key.contains("/statistics") ? aNetworkCoordinator : aCoordinator;
        String url = url(key, operation);
        ResponseEntity<byte[]> answer = await().atMost(Duration.ofSeconds(30)).until(
                () -> owner.exchange(url, HttpMethod.GET, null, byte[].class),
                response -> response.getStatusCode().value() == 200);
        String body = readable(answer);
        assertThat(aData).as("A's data in A's own answer to %s", url)
                .anyMatch(marker -> body.contains(marker) && !url.contains(marker));
    }

    /** The answer's text: a PDF's as a reader sees it (its content is compressed), anything else as UTF-8. */
    static String readable(ResponseEntity<byte[]> answer) throws IOException {
        byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
        if (MediaType.APPLICATION_PDF.isCompatibleWith(answer.getHeaders().getContentType())) {
            try (PDDocument pdf = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    void call(String key, Operation operation, Case covered, Role role, TestRestTemplate user)
            throws JsonProcessingException {
        String url = url(key, operation);
        Object body = covered.body().get();
        ResponseEntity<String> answer = send(user, key.substring(0, key.indexOf(' ')) + " " + url, body);

        int status = answer.getStatusCode().value();
        String what = key + " as B's " + role + " -> " + status + " " + answer.getBody();
        if (covered.kind() == A_OWNED) {
            assertThat(status).as(what).isIn(403, 404);
        } else {
            assertThat(status).as(what).isLessThan(500);
        }
        assertNoneOfAsData(answer, url + " " + json.writeValueAsString(body), covered.mayEcho(), what);
    }

    /** "METHOD url" with a JSON body, or none. */
    ResponseEntity<String> send(TestRestTemplate user, String request, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        HttpMethod method = HttpMethod.valueOf(request.substring(0, request.indexOf(' ')));
        return user.exchange(request.substring(request.indexOf(' ') + 1), method, new HttpEntity<>(body, headers),
                String.class);
    }

    /** B may get back what it sent (a problem's 'instance' is the request path), never more of A's. */
    void assertNoneOfAsData(ResponseEntity<String> answer, String sent, Set<String> mayEcho, String what) {
        String answered = answer.getHeaders() + " " + (answer.getBody() == null ? "" : answer.getBody());
        List<String> leaked = aData.stream()
                .filter(marker -> !sent.contains(marker) && !mayEcho.contains(marker))
                .filter(answered::contains)
                .toList();
        assertThat(leaked).as("A's data in the answer to %s", what).isEmpty();
    }

    /** The path template filled with A's identifiers, and query parameters that name one with A's. */
    String url(String key, Operation operation) {
        String template = key.substring(key.indexOf(' ') + 1);
        Map<String, String> path = new LinkedHashMap<>();
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(template);
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            String name = parameter.getName();
            if ("path".equals(parameter.getIn())) {
                assertThat(aIds).as("an identifier of A for path parameter %s of %s", name, key).containsKey(name);
                path.put(name, aIds.get(name));
            } else if ("query".equals(parameter.getIn()) && aIds.containsKey(name)) {
                url.queryParam(name, aIds.get(name));
            } else if ("query".equals(parameter.getIn()) && "quarter".equals(name)) {
                url.queryParam(name, currentQuarter());
            } else if ("query".equals(parameter.getIn()) && "asOf".equals(name)) {
                url.queryParam(name, Instant.now().toString());
            } else {
                assertThat(Boolean.TRUE.equals(parameter.getRequired()))
                        .as("a value for required %s parameter %s of %s", parameter.getIn(), name, key).isFalse();
            }
        }
        return url.buildAndExpand(path).toUriString();
    }

    OpenAPI document() {
        String document = http.getForObject("/v3/api-docs", String.class);
        return new OpenAPIV3Parser().readContents(document).getOpenAPI();
    }

    /** "METHOD /path/{template}" of every operation of the document, sorted. */
    static Map<String, Operation> operations(OpenAPI document) {
        Map<String, Operation> operations = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    static String currentQuarter() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    static String fresh(String kind) {
        return kind + "-" + UUID.randomUUID() + "@example.se";
    }
}
