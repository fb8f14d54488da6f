package forum.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import forum.core.shared.PersonalData;

/**
 * A person in every kind of place (a forum member, an account, an invitation, an issue's description) found by a
 * piece of their name, exported with the places, erased; then found nowhere, unable to sign in, while another person
 * of the same municipality and a same-named person of another municipality are as they were.
 */
@ForumIntegrationTest
class ErasureApiIT {

    private static final String PASSWORD = "Kanariens eget lange passord";

    @Autowired
    TestRestTemplate http;

    private record Municipality(SignUps.Tenant tenant, TestRestTemplate coordinator, UUID forumId) {
    }

    @Test
    void aPersonFoundEverywhereIsExportedAndErasedAndOnlyThey() {
        String canary = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = canary + " Person";
        String email = canary.toLowerCase() + "@example.se";
        Municipality own = municipality("Kanarieby");
        Municipality other = municipality("Grannby");
        member(own, name, email);
        UUID otherPerson = member(own, "Other Person", "other.person@example.se");
        member(other, name, email);
        TestRestTemplate person = account(own, name, email);
        Api.created(Api.post(own.coordinator(), "/api/v1/invitations",
                Map.of("email", canary.toLowerCase() + ".second@example.se", "name", name, "role", "FORUM_MEMBER")));
        UUID venue = Api.created(Api.post(own.coordinator(), "/api/v1/venues", Map.of("name", "Bar Kanarie",
                "address", "Storgatan 1", "licenceNumber", "LIC-" + canary, "licenceHolder", "Bar Kanarie AB",
                "licenceKind", "PERMANENT_PUBLIC", "servingHours", "18-02")));
        Api.created(Api.post(own.coordinator(), "/api/v1/venues/" + venue + "/issues", Map.of(
                "category", "SERVING_MINORS", "observedAt", Instant.now().minus(Duration.ofHours(3)).toString(),
                "source", "POLICE", "description", "Served a minor; staff " + name + " at the bar",
                "severity", "HIGH")));
        assertThat(person.getForEntity("/api/v1/forums", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        // Any case, a piece of the name: every place, each with what erases it.
        String query = canary.toUpperCase().substring(2);
        JsonNode found = await().atMost(Duration.ofSeconds(30)).until(() -> find(own, query), places -> places.size() == 5);
        assertThat(kinds(found)).containsExactlyInAnyOrder("forum-member", "account", "invitation", "invitation",
                "issue-description");
        assertThat(found.toString()).contains(email, name, "Served a minor").doesNotContain("Other Person");

        ResponseEntity<JsonNode> export = own.coordinator().getForEntity(
                "/api/v1/data-subjects/export?query=" + query, JsonNode.class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        List<String> exported = new ArrayList<>();
        export.getBody().get("items").forEach(item -> exported.add(item.get("table").asText() + "."
                + item.get("field").asText() + "=" + item.get("value").asText()));
        assertThat(exported).contains("forum_member.person_name=" + name, "forum_member.email=" + email,
                "user_account.username=" + email, "user_account.display_name=" + name,
                "account_invitation.display_name=" + name, "venue_issue.description=Served a minor; staff " + name
                        + " at the bar");
        export.getBody().get("items").forEach(item -> assertThat(item.get("recordedAt").isNull()).isFalse());

        List<String> subjects = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        List<String> invitations = new ArrayList<>();
        found.forEach(place -> {
            if (!place.get("accountId").isNull()) {
                accounts.add(place.get("accountId").asText());
            } else if (!place.get("invitationId").isNull()) {
                invitations.add(place.get("invitationId").asText());
            } else {
                subjects.add(place.get("subject").asText());
            }
        });
        // Not the own account, and nothing erased by the refusal.
        UUID self = UUID.fromString(own.coordinator().getForEntity("/api/v1/accounts", JsonNode.class).getBody()
                .findValues("id").stream().filter(id -> !accounts.contains(id.asText())).findFirst().orElseThrow()
                .asText());
        Api.problem(Api.post(own.coordinator(), "/api/v1/erasures", Map.of("subjects", subjects,
                "accountIds", List.of(self), "reason", "PERSONS_REQUEST")), HttpStatus.CONFLICT, "erasure.own-account");
        Api.problem(Api.post(own.coordinator(), "/api/v1/erasures", Map.of("subjects", subjects)),
                HttpStatus.BAD_REQUEST, "validation");
        Api.problem(own.coordinator().getForEntity("/api/v1/data-subjects?query=ka", JsonNode.class),
                HttpStatus.BAD_REQUEST, "validation");
        assertThat(find(own, query)).hasSize(5);

        ResponseEntity<JsonNode> erased = Api.post(own.coordinator(), "/api/v1/erasures", Map.of("subjects", subjects,
                "accountIds", accounts, "invitationIds", invitations, "reason", "PERSONS_REQUEST"));
        assertThat(erased.getStatusCode()).as("%s", erased.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(erased.getBody().get("accounts").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> find(own, query).isEmpty());
        assertThat(find(own, "erased")).isEmpty();
        assertThat(person.getForEntity("/api/v1/forums", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode forum = own.coordinator().getForEntity("/api/v1/forums/" + own.forumId(), JsonNode.class).getBody();
        assertThat(forum.toString()).contains("Other Person", "other.person@example.se", PersonalData.ERASED,
                otherPerson.toString()).doesNotContain(name, email);
        assertThat(find(other, query)).hasSize(1);
        assertThat(find(other, query).get(0).get("values").toString()).contains(name, email);

        JsonNode done = own.coordinator().getForEntity("/api/v1/erasures", JsonNode.class).getBody();
        assertThat(done).hasSize(1);
        assertThat(done.get(0).get("reason").asText()).isEqualTo("PERSONS_REQUEST");
        assertThat(done.get(0).get("subjects").asInt()).isEqualTo(5);
        assertThat(done.get(0).get("erasedBy").asText()).isEqualTo("Sam Samordnare");
        assertThat(other.coordinator().getForEntity("/api/v1/erasures", JsonNode.class).getBody()).isEmpty();
    }

    private Municipality municipality(String name) {
        SignUps.Tenant tenant = SignUps.signUp(http, "SE", name, "Sam Samordnare");
        TestRestTemplate coordinator = tenant.as(http);
        UUID forum = Api.created(Api.post(coordinator, "/api/v1/forums",
                Map.of("name", "Trygg krog " + name, "method", "NIGHTLIFE_SAFETY", "meetingsPerYear", 4)));
        return new Municipality(tenant, coordinator, forum);
    }

    private static UUID member(Municipality municipality, String name, String email) {
        return Api.created(Api.post(municipality.coordinator(), "/api/v1/forums/" + municipality.forumId() + "/members",
                Map.of("personName", name, "email", email, "organisation", "Polisen", "role", "POLICE")));
    }

    /** An account made as people get one: invited, the invitation accepted. */
    private TestRestTemplate account(Municipality municipality, String name, String email) {
        ResponseEntity<JsonNode> invited = Api.post(municipality.coordinator(), "/api/v1/invitations",
                Map.of("email", email, "name", name, "role", "FORUM_MEMBER"));
        assertThat(invited.getStatusCode()).as("%s", invited.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> accepted = http.postForEntity("/api/v1/invitations/"
                + invited.getBody().get("token").asText() + "/acceptance", Map.of("password", PASSWORD), JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return http.withBasicAuth(email, PASSWORD);
    }

    private static JsonNode find(Municipality municipality, String query) {
        ResponseEntity<JsonNode> found = municipality.coordinator().getForEntity("/api/v1/data-subjects?query="
                + query, JsonNode.class);
        assertThat(found.getStatusCode()).as("%s", found.getBody()).isEqualTo(HttpStatus.OK);
        return found.getBody();
    }

    private static List<String> kinds(JsonNode places) {
        List<String> kinds = new ArrayList<>();
        places.forEach(place -> kinds.add(place.get("kind").asText()));
        return kinds;
    }
}
