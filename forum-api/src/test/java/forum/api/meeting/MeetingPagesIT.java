package forum.api.meeting;

import static forum.api.support.PageClient.csrf;
import static forum.api.support.PageClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import forum.api.support.SignUps;

/**
 * The meeting pages over plain HTTP: a forum member is refused the coordinator's pages and buttons, another
 * municipality's meeting is not found on any of them, and bad input shows its messages and stores nothing.
 */
@ForumIntegrationTest
class MeetingPagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    private PageClient pages;
    private SignUps.Tenant home;
    private String member;
    private UUID forumId;
    private UUID meetingId;

    @BeforeEach
    void municipality() {
        pages = new PageClient(port);
        home = SignUps.signUp(http, "SE", "Kommun", "Sam Samordnare");
        member = "member-" + UUID.randomUUID() + "@example.se";
        accounts.create(home.tenantId(), member, SignUps.PASSWORD, "Per Polis", EnumSet.of(Role.FORUM_MEMBER));
        forumId = Api.created(Api.post(home.as(http), "/api/v1/forums", Map.of(
                "name", "Krogar mot knark", "method", "KROGAR_MOT_KNARK", "meetingsPerYear", 4)));
        Api.created(Api.post(home.as(http), "/api/v1/forums/" + forumId + "/members", Map.of(
                "personName", "Per Polis", "email", member, "organisation", "Polisen", "role", "POLICE")));
        meetingId = Api.created(Api.post(home.as(http), "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), "duration", "PT2H",
                "location", "Stadshuset")));
    }

    @Test
    void aForumMemberReadsTheMeetingButIsRefusedTheCoordinatorsPagesAndButtons() throws Exception {
        String session = pages.signIn(member, SignUps.PASSWORD);
        HttpResponse<String> meeting = pages.send(pages.get("/meetings/" + meetingId, session));
        assertThat(meeting.statusCode()).isEqualTo(200);
        assertThat(meeting.body()).contains("Stadshuset").doesNotContain("/rescheduling", "/attendance");
        String token = encode(csrf(meeting.body()));

        for (String path : new String[]{"/meetings/new", "/meetings/" + meetingId + "/attendance",
                "/meetings/" + meetingId + "/rescheduling", "/meetings/" + meetingId + "/cancellation",
                "/meetings/" + meetingId + "/decisions", "/meetings/" + meetingId + "/action-items"}) {
            HttpResponse<String> refused = pages.send(pages.get(path, session));
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("<h1>Du får inte använda den här sidan</h1>");
        }
        assertThat(pages.send(pages.form("/meetings", session, "forumId=" + forumId + "&startsAt="
                + encode(LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.MINUTES).toString())
                + "&duration=60&location=Polishuset&_csrf=" + token)).statusCode()).isEqualTo(403);
        assertThat(pages.send(pages.form("/meetings/" + meetingId + "/cancellation", session,
                "reason=Nej&_csrf=" + token)).statusCode()).isEqualTo(403);
        assertThat(pages.send(pages.form("/meetings/" + meetingId + "/minutes/approval", session,
                "_csrf=" + token)).statusCode()).isEqualTo(403);

        JsonNode calendar = home.as(http).getForObject("/api/v1/meetings?forumId=" + forumId, JsonNode.class);
        assertThat(calendar.get("totalItems").asInt()).isEqualTo(1);
        assertThat(calendar.get("items").get(0).get("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void anotherMunicipalitysMeetingIsNotFoundOnEveryPageAndButton() throws Exception {
        SignUps.Tenant other = SignUps.signUp(http, "SE", "Annan kommun", "Olle Samordnare");
        String session = pages.signIn(other.coordinator(), SignUps.PASSWORD);
        HttpResponse<String> start = pages.send(pages.get("/", session));
        String token = encode(csrf(start.body()));

        for (String path : new String[]{"/meetings/" + meetingId, "/meetings/" + meetingId + "/attendance",
                "/meetings/" + meetingId + "/rescheduling", "/meetings/" + meetingId + "/minutes",
                "/meetings/" + meetingId + "/decisions", "/meetings/" + meetingId + "/action-items",
                "/meetings?forumId=" + forumId}) {
            HttpResponse<String> missing = pages.send(pages.get(path, session));
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("<h1>Sidan finns inte</h1>").doesNotContain("Stadshuset");
        }
        assertThat(pages.send(pages.form("/meetings/" + meetingId + "/decisions", session,
                "text=" + encode("Ett beslut") + "&_csrf=" + token)).statusCode()).isEqualTo(404);
        assertThat(pages.send(pages.form("/meetings/" + meetingId + "/cancellation", session,
                "reason=" + encode("Sabotage") + "&_csrf=" + token)).statusCode()).isEqualTo(404);

        JsonNode detail = home.as(http).getForObject("/api/v1/meetings/" + meetingId, JsonNode.class);
        assertThat(detail.get("decisions")).isEmpty();
        assertThat(detail.get("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void badInputShowsItsMessagesNextToTheFieldsAndStoresNothing() throws Exception {
        String session = pages.signIn(home.coordinator(), SignUps.PASSWORD);
        HttpResponse<String> form = pages.send(pages.get("/meetings/new?forumId=" + forumId, session));
        assertThat(form.statusCode()).isEqualTo(200);
        String token = encode(csrf(form.body()));

        HttpResponse<String> blank = pages.send(pages.form("/meetings", session,
                "forumId=" + forumId + "&startsAt=&duration=120&location=&agenda=&_csrf=" + token));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("class=\"error-summary\"", "id=\"startsAt-error\"", "id=\"location-error\"",
                "Fyll i det här fältet.", "aria-invalid=\"true\"");

        String yesterday = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).minusDays(1)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        HttpResponse<String> past = pages.send(pages.form("/meetings", session, "forumId=" + forumId + "&startsAt="
                + encode(yesterday) + "&duration=120&location=Stadshuset&_csrf=" + token));
        assertThat(past.statusCode()).isEqualTo(200);
        assertThat(past.body()).contains("id=\"startsAt-error\"", "Ett möte kan inte börja i det förflutna.");

        HttpResponse<String> noOwner = pages.send(pages.form("/meetings/" + meetingId + "/action-items", session,
                "ownerMemberId=" + UUID.randomUUID() + "&what=&due=" + LocalDate.now().plusDays(5) + "&_csrf=" + token));
        assertThat(noOwner.statusCode()).isEqualTo(200);
        assertThat(noOwner.body()).contains("id=\"what-error\"");
        HttpResponse<String> stranger = pages.send(pages.form("/meetings/" + meetingId + "/action-items", session,
                "ownerMemberId=" + UUID.randomUUID() + "&what=" + encode("Boka tillsyn") + "&due="
                        + LocalDate.now().plusDays(5) + "&_csrf=" + token));
        assertThat(stranger.statusCode()).isEqualTo(200);
        assertThat(stranger.body()).contains("id=\"ownerMemberId-error\"");

        JsonNode calendar = home.as(http).getForObject("/api/v1/meetings?forumId=" + forumId, JsonNode.class);
        assertThat(calendar.get("totalItems").asInt()).as("only the meeting scheduled before").isEqualTo(1);
        JsonNode detail = home.as(http).getForObject("/api/v1/meetings/" + meetingId, JsonNode.class);
        assertThat(detail.get("actionItems")).isEmpty();
    }
}
