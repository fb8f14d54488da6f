package forum.api.queries;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;

/** What the query tests read, made through the command API as a municipality's coordinator would. */
public final class Cases {

    private Cases() {
    }

    static UUID forum(TestRestTemplate as, String name) {
        return created(post(as, "/api/v1/forums", Map.of("name", name, "method", "KROGAR_MOT_KNARK",
                "meetingsPerYear", 4)));
    }

    static UUID member(TestRestTemplate as, UUID forumId, String personName, String role) {
        return created(post(as, "/api/v1/forums/" + forumId + "/members", Map.of("personName", personName,
                "organisation", "Org " + role, "role", role)));
    }

    /** A member whose e-mail address is an account's user name: the account reads the forum's meetings. */
    static UUID member(TestRestTemplate as, UUID forumId, String personName, String role, String email) {
        return created(post(as, "/api/v1/forums/" + forumId + "/members", Map.of("personName", personName,
                "organisation", "Org " + role, "role", role, "email", email)));
    }

    static UUID meeting(TestRestTemplate as, UUID forumId, Instant startsAt, String duration, String location) {
        return created(post(as, "/api/v1/meetings", Map.of("forumId", forumId, "startsAt", startsAt.toString(),
                "duration", duration, "location", location, "agenda", List.of("Läget", "Tillsyn"))));
    }

    static UUID meetingInDays(TestRestTemplate as, UUID forumId, int days, String location) {
        return meeting(as, forumId, Instant.now().plus(Duration.ofDays(days)), "PT2H", location);
    }

    static UUID actionItem(TestRestTemplate as, UUID meetingId, UUID ownerId, String what, LocalDate due) {
        return created(post(as, "/api/v1/meetings/" + meetingId + "/action-items", Map.of("ownerMemberId", ownerId,
                "what", what, "due", due.toString())));
    }

    static void complete(TestRestTemplate as, UUID meetingId, UUID actionItemId) {
        noContent(post(as, "/api/v1/meetings/" + meetingId + "/action-items/" + actionItemId + "/completion", null));
    }

    static UUID venue(TestRestTemplate as, String name) {
        return created(post(as, "/api/v1/venues", Map.of("name", name, "address", "Storgatan 1",
                "licenceNumber", "TS-" + name, "licenceHolder", name + " AB", "licenceKind", "PERMANENT_PUBLIC",
                "servingHours", "18-02")));
    }

    static UUID issue(TestRestTemplate as, UUID venueId, String category, Instant observedAt, String description) {
        return created(post(as, "/api/v1/venues/" + venueId + "/issues", Map.of("category", category,
                "observedAt", observedAt.toString(), "source", "POLICE", "description", description,
                "severity", "MEDIUM")));
    }

    static void resolve(TestRestTemplate as, UUID venueId, UUID issueId, String resolution) {
        noContent(post(as, "/api/v1/venues/" + venueId + "/issues/" + issueId + "/resolution",
                Map.of("resolution", resolution)));
    }

    static UUID recommendation(TestRestTemplate as, UUID venueId, String kind, String rationale, List<UUID> issues) {
        return created(post(as, "/api/v1/venues/" + venueId + "/recommendations", Map.of("kind", kind,
                "rationale", rationale, "issueIds", issues)));
    }

    static void revoke(TestRestTemplate as, UUID venueId, UUID recommendationId, String reason) {
        noContent(post(as, "/api/v1/venues/" + venueId + "/recommendations/" + recommendationId + "/revocation",
                Map.of("reason", reason)));
    }

    static UUID network(TestRestTemplate operator, String name) {
        return created(post(operator, "/api/v1/networks", Map.of("name", name, "country", "SE")));
    }

    /** The operator invites the municipality and its coordinator consents. */
    public static void join(TestRestTemplate operator, TestRestTemplate http, TestMunicipality municipality, UUID networkId) {
        invite(operator, municipality.tenantId(), networkId);
        assertThat(post(municipality.as(http, Role.COORDINATOR), "/api/v1/networks/" + networkId + "/members", null)
                .getStatusCode().value()).isEqualTo(201);
    }

    public static void invite(TestRestTemplate inviter, UUID municipalityId, UUID networkId) {
        assertThat(post(inviter, "/api/v1/networks/" + networkId + "/invitations",
                Map.of("municipalityId", municipalityId)).getStatusCode().value()).isEqualTo(201);
    }

    /** A network's coordinator: an account of the network, in no municipality. */
    public static TestRestTemplate networkCoordinator(TestRestTemplate http, UserAccounts accounts, UUID networkId) {
        String username = "network-" + UUID.randomUUID() + "@example.se";
        accounts.create(new UserAccounts.NewAccount(null, networkId, username, "Nora Nätverk",
                EnumSet.of(Role.NETWORK_COORDINATOR), null), TestMunicipality.PASSWORD);
        return http.withBasicAuth(username, TestMunicipality.PASSWORD);
    }

    static TestRestTemplate operator(TestRestTemplate http, UserAccounts accounts) {
        return http.withBasicAuth(TestMunicipality.createOperator(accounts), TestMunicipality.PASSWORD);
    }
}
