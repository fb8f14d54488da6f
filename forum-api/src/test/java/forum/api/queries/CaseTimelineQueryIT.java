package forum.api.queries;

import static forum.api.queries.Reads.eventually;
import static forum.api.queries.Reads.forbidden;
import static forum.api.queries.Reads.notFound;
import static forum.api.queries.Reads.ok;
import static forum.api.queries.Reads.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseTimelineQueryIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestRestTemplate coordinator;
    UUID venue;
    UUID issue;
    UUID recommendation;

    @BeforeAll
    void aCase() {
        home = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        venue = Cases.venue(coordinator, "Krogen");
        issue = Cases.issue(coordinator, venue, "FAKE_ID", Instant.now().minus(Duration.ofHours(6)),
                "Falsk legitimation, Olle 17 år");
        recommendation = Cases.recommendation(coordinator, venue, "WARNING", "Andra gången i år", List.of(issue));
        Cases.revoke(coordinator, venue, recommendation, "Krögaren har åtgärdat");
    }

    String timeline() {
        return "/api/v1/venues/" + venue + "/timeline";
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "LICENSING_OFFICER", "AUDITOR"})
    void caseWorkersAndAuditorsReadTheWholeCaseWithItsFreeText(Role role) {
        JsonNode timeline = eventually(home.as(http, role), timeline(), t -> t.get("entries").size() == 4);

        assertThat(timeline.get("venueId").asText()).isEqualTo(venue.toString());
        assertThat(timeline.get("freeTextIncluded").asBoolean()).isTrue();
        JsonNode entries = timeline.get("entries");
        assertThat(texts(entries, "kind")).containsExactly("VENUE_REGISTERED", "ISSUE_REGISTERED",
                "RECOMMENDATION_ISSUED", "RECOMMENDATION_REVOKED");
        assertThat(entries.get(1).get("subjectId").asText()).isEqualTo(issue.toString());
        assertThat(entries.get(1).get("category").asText()).isEqualTo("FAKE_ID");
        assertThat(entries.get(1).get("freeText").get("text").asText()).isEqualTo("Falsk legitimation, Olle 17 år");
        assertThat(entries.get(3).get("freeText").get("text").asText()).isEqualTo("Krögaren har åtgärdat");
        entries.forEach(entry -> {
            assertThat(entry.get("actor").asText()).isNotBlank();
            assertThat(entry.get("occurredAt").asText()).isNotBlank();
        });
    }

    @Test
    void aForumMemberReadsTheCodesOnly() {
        eventually(coordinator, timeline(), t -> t.get("entries").size() == 4);

        JsonNode timeline = ok(home.as(http, Role.FORUM_MEMBER), timeline());

        assertThat(timeline.get("freeTextIncluded").asBoolean()).isFalse();
        assertThat(texts(timeline.get("entries"), "kind")).hasSize(4);
        assertThat(texts(timeline.get("entries"), "recommendationKind")).contains("WARNING");
        timeline.get("entries").forEach(entry -> assertThat(entry.get("freeText").isNull()).isTrue());
        assertThat(timeline.toString()).doesNotContain("Olle", "Andra gången", "åtgärdat");
    }

    @Test
    void anotherMunicipalitysCaseIsNotFound() {
        eventually(coordinator, timeline(), t -> t.get("entries").size() == 4);
        TestRestTemplate stranger = TestMunicipality.signUp(http, accounts).as(http, Role.AUDITOR);

        notFound(stranger, timeline());
        notFound(stranger, "/api/v1/venues/" + UUID.randomUUID() + "/timeline");
    }

    @Test
    void theOperatorAndNetworkCoordinatorsReadNoCase() {
        forbidden(Cases.operator(http, accounts), timeline());
        forbidden(home.as(http, Role.NETWORK_COORDINATOR), timeline());
    }
}
