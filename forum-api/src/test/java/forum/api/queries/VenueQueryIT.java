package forum.api.queries;

import static forum.api.queries.Reads.eventually;
import static forum.api.queries.Reads.forbidden;
import static forum.api.queries.Reads.invalid;
import static forum.api.queries.Reads.items;
import static forum.api.queries.Reads.notFound;
import static forum.api.queries.Reads.ok;
import static forum.api.queries.Reads.page;
import static forum.api.queries.Reads.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenueQueryIT {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestRestTemplate coordinator;
    UUID baren;
    UUID cafeet;
    UUID diskoteket;
    UUID fighting;
    UUID minors;
    UUID oldDisorder;
    UUID revoked;
    UUID warning;

    /**
     * Baren: an open issue and an older resolved one. Cafeet: a resolved issue, a revoked recommendation and a
     * current warning the authority decided on. Diskoteket: nothing.
     */
    @BeforeAll
    void threeVenues() {
        home = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        diskoteket = Cases.venue(coordinator, "Diskoteket");
        baren = Cases.venue(coordinator, "Baren");
        cafeet = Cases.venue(coordinator, "cafeet");
        fighting = Cases.issue(coordinator, baren, "VIOLENCE", NOW.minus(Duration.ofHours(2)), "Slagsmål i kön");
        oldDisorder = Cases.issue(coordinator, baren, "DISORDER", NOW.minus(Duration.ofDays(40)), "Oväsen");
        Cases.resolve(coordinator, baren, oldDisorder, "Vakterna instruerade");
        minors = Cases.issue(coordinator, cafeet, "SERVING_MINORS", NOW.minus(Duration.ofDays(3)),
                "Servering till 16-åring");
        Cases.resolve(coordinator, cafeet, minors, "Personalen utbildad");
        revoked = Cases.recommendation(coordinator, cafeet, "SUSPENSION", "Upprepade brott", List.of(minors));
        Cases.revoke(coordinator, cafeet, revoked, "Nya uppgifter från polisen");
        warning = Cases.recommendation(coordinator, cafeet, "WARNING", "En varning räcker", List.of(minors));
        Api.created(Api.post(coordinator, "/api/v1/venues/" + cafeet + "/licensing-decisions", Map.of(
                "recommendationId", warning, "outcome", "WARNING", "from", LocalDate.now().toString())));
    }

    @Test
    void theRegisterIsSortedByNameAndFilteredByStatus() {
        JsonNode all = eventually(coordinator, "/api/v1/venues?size=2", page -> page.get("totalItems").asInt() == 3
                && page.toString().contains("\"openIssueCount\":1"));
        page(all, 0, 2, 3, 2);
        assertThat(items(all, "name")).containsExactly("Baren", "cafeet");
        assertThat(items(ok(coordinator, "/api/v1/venues?size=2&page=1"), "name")).containsExactly("Diskoteket");

        JsonNode open = ok(coordinator, "/api/v1/venues?status=with-open-issues");
        assertThat(items(open, "venueId")).containsExactly(baren.toString());
        assertThat(open.get("items").get(0).get("lastIssue").get("issueId").asText()).isEqualTo(fighting.toString());

        JsonNode recommended = eventually(coordinator, "/api/v1/venues?status=with-active-recommendation",
                page -> page.toString().contains("latestDecision") && page.toString().contains("WARNING")
                        && !page.get("items").get(0).get("latestDecision").isNull());
        assertThat(items(recommended, "venueId")).containsExactly(cafeet.toString());
        JsonNode line = recommended.get("items").get(0);
        assertThat(line.get("currentRecommendation").get("recommendationId").asText()).isEqualTo(warning.toString());
        assertThat(line.get("latestDecision").get("outcome").asText()).isEqualTo("WARNING");
        assertThat(ok(coordinator, "/api/v1/venues?status=all").get("totalItems").asInt()).isEqualTo(3);
    }

    @Test
    void theRegisterIsSearchedByNameAddressOrLicenceNumberIgnoringCase() {
        eventually(coordinator, "/api/v1/venues", page -> page.get("totalItems").asInt() == 3);
        assertThat(items(ok(coordinator, "/api/v1/venues?q=BAR"), "name")).containsExactly("Baren");
        assertThat(items(ok(coordinator, "/api/v1/venues?q=e&status=with-open-issues"), "name"))
                .containsExactly("Baren");
        assertThat(ok(coordinator, "/api/v1/venues?q=%25").get("totalItems").asInt())
                .as("a wildcard is searched for as itself").isZero();
        assertThat(ok(coordinator, "/api/v1/venues?q=" + "x".repeat(200)).get("totalItems").asInt()).isZero();
    }

    @Test
    void theFileKeepsRevokedRecommendationsAndDecisions() {
        JsonNode file = eventually(coordinator, "/api/v1/venues/" + cafeet, venue -> venue.get("decisions").size() == 1);

        assertThat(file.get("summary").get("name").asText()).isEqualTo("cafeet");
        assertThat(file.get("licenceHolder").asText()).isEqualTo("cafeet AB");
        assertThat(texts(file.get("recommendations"), "recommendationId"))
                .containsExactly(revoked.toString(), warning.toString());
        assertThat(texts(file.get("recommendations"), "rationale"))
                .containsExactly("Upprepade brott", "En varning räcker");
        assertThat(texts(file.get("recommendations"), "revocationReason").get(0))
                .isEqualTo("Nya uppgifter från polisen");
        assertThat(file.get("decisions").get(0).get("recommendationId").asText()).isEqualTo(warning.toString());
    }

    @Test
    void issuesAreFilteredByVenueCategoryPeriodAndOpenness() {
        String issues = "/api/v1/venue-issues";
        JsonNode all = eventually(coordinator, issues, page -> page.get("totalItems").asInt() == 3
                && page.toString().contains("Personalen utbildad"));
        assertThat(items(all, "issueId")).containsExactly(fighting.toString(), minors.toString(),
                oldDisorder.toString());
        assertThat(items(all, "venueName")).containsExactly("Baren", "cafeet", "Baren");

        assertThat(items(ok(coordinator, issues + "?venueId=" + baren), "issueId"))
                .containsExactly(fighting.toString(), oldDisorder.toString());
        assertThat(items(ok(coordinator, issues + "?category=SERVING_MINORS"), "issueId"))
                .containsExactly(minors.toString());
        assertThat(items(ok(coordinator, issues + "?openOnly=true"), "issueId")).containsExactly(fighting.toString());
        Instant from = NOW.minus(Duration.ofDays(7));
        Instant to = NOW.minus(Duration.ofDays(1));
        assertThat(items(ok(coordinator, issues + "?from=" + from + "&to=" + to), "issueId"))
                .containsExactly(minors.toString());
        assertThat(items(ok(coordinator, issues + "?from=" + from), "issueId"))
                .containsExactly(fighting.toString(), minors.toString());

        JsonNode second = ok(coordinator, issues + "?venueId=" + baren + "&size=1&page=1");
        page(second, 1, 1, 2, 2);
        assertThat(items(second, "issueId")).containsExactly(oldDisorder.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "LICENSING_OFFICER", "AUDITOR"})
    void caseWorkersAndAuditorsReadTheFreeText(Role role) {
        TestRestTemplate reader = home.as(http, role);
        JsonNode issues = eventually(reader, "/api/v1/venue-issues?venueId=" + cafeet,
                page -> page.toString().contains("Personalen utbildad"));
        assertThat(items(issues, "description")).containsExactly("Servering till 16-åring");
        JsonNode file = eventually(reader, "/api/v1/venues/" + cafeet, venue -> venue.get("recommendations").size() == 2);
        assertThat(texts(file.get("recommendations"), "rationale")).doesNotContain("null", "");
    }

    @Test
    void aForumMemberReadsCodesAndDatesButNoFreeText() {
        TestRestTemplate member = home.as(http, Role.FORUM_MEMBER);
        eventually(coordinator, "/api/v1/venues/" + cafeet, venue -> venue.get("decisions").size() == 1);
        eventually(coordinator, "/api/v1/venue-issues", page -> page.toString().contains("Personalen utbildad"));

        JsonNode issues = ok(member, "/api/v1/venue-issues");
        assertThat(issues.get("totalItems").asInt()).isEqualTo(3);
        assertThat(items(issues, "category")).containsExactly("VIOLENCE", "SERVING_MINORS", "DISORDER");
        issues.get("items").forEach(issue -> {
            assertThat(issue.get("description").isNull()).isTrue();
            assertThat(issue.get("resolution").isNull()).isTrue();
        });
        JsonNode file = ok(member, "/api/v1/venues/" + cafeet);
        assertThat(texts(file.get("recommendations"), "kind")).containsExactly("SUSPENSION", "WARNING");
        assertThat(file.toString()).doesNotContain("Upprepade brott", "En varning räcker", "Nya uppgifter");
        assertThat(issues.toString()).doesNotContain("Slagsmål", "Servering till", "Personalen", "Vakterna");
    }

    @Test
    void anotherMunicipalitysVenueIsNotFoundAndItsIssuesAreNotListed() {
        eventually(coordinator, "/api/v1/venues/" + baren, venue -> true);
        TestRestTemplate stranger = TestMunicipality.signUp(http, accounts).as(http, Role.LICENSING_OFFICER);

        notFound(stranger, "/api/v1/venues/" + baren);
        notFound(stranger, "/api/v1/venues/" + UUID.randomUUID());
        assertThat(ok(stranger, "/api/v1/venue-issues?venueId=" + baren).get("totalItems").asInt()).isZero();
        assertThat(ok(stranger, "/api/v1/venues").get("totalItems").asInt()).isZero();
    }

    @Test
    void theOperatorAndNetworkCoordinatorsReadNoVenue() {
        TestRestTemplate operator = Cases.operator(http, accounts);
        for (String url : List.of("/api/v1/venues", "/api/v1/venues/" + baren, "/api/v1/venue-issues")) {
            forbidden(operator, url);
            forbidden(home.as(http, Role.NETWORK_COORDINATOR), url);
        }
    }

    @Test
    void malformedFiltersAreBadRequests() {
        invalid(coordinator, "/api/v1/venues?status=closed", "status");
        invalid(coordinator, "/api/v1/venues?size=201", "size");
        invalid(coordinator, "/api/v1/venues?q=" + "x".repeat(201), "q");
        invalid(coordinator, "/api/v1/venue-issues?category=NOISE", "category");
        invalid(coordinator, "/api/v1/venue-issues?venueId=baren", "venueId");
        invalid(coordinator, "/api/v1/venue-issues?openOnly=maybe", "openOnly");
        invalid(coordinator, "/api/v1/venue-issues?from=2026-12-01T00:00:00Z&to=2026-12-01T00:00:00Z", "to");
    }
}
