package forum.api.meeting;

import static forum.api.commands.Api.created;
import static forum.api.commands.Api.fields;
import static forum.api.commands.Api.noContent;
import static forum.api.commands.Api.post;
import static forum.api.commands.Api.postJson;
import static forum.api.commands.Api.problem;
import static forum.api.commands.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.eventstore.EventRelay;
import forum.api.commands.StoredEvents;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.ActionItemCompleted;
import forum.core.meeting.AttendanceRecorded;
import forum.core.meeting.DecisionRecorded;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesApproved;
import forum.core.meeting.MinutesRecorded;

@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate coordinator;
    UUID forumId;
    UUID police;
    UUID licensing;

    @BeforeAll
    void signUpAndEstablishAForum() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        forumId = created(post(coordinator, "/api/v1/forums",
                Map.of("name", "Referensgrupp", "method", "KROGAR_MOT_KNARK", "meetingsPerYear", 4)));
        police = created(post(coordinator, "/api/v1/forums/" + forumId + "/members", Map.of("personName", "Pelle",
                "organisation", "Polisen", "role", "POLICE", "email", home.usernames().get(Role.FORUM_MEMBER))));
        licensing = created(post(coordinator, "/api/v1/forums/" + forumId + "/members",
                Map.of("personName", "Tina", "organisation", "Tillståndsenheten", "role", "LICENSING")));
    }

    Map<String, Object> meeting(Instant startsAt) {
        return new HashMap<>(Map.of("forumId", forumId, "startsAt", startsAt.toString(), "duration", "PT2H",
                "location", "Rådhuset", "agenda", List.of("Läget", "Tillsyn")));
    }

    UUID scheduled() {
        return created(post(coordinator, "/api/v1/meetings", meeting(Instant.now().plus(Duration.ofDays(14)))));
    }

    @Test
    void aMeetingFromSchedulingToApprovedMinutes() {
        UUID meetingId = scheduled();
        String path = "/api/v1/meetings/" + meetingId;
        Instant start = Instant.now().plusSeconds(2);
        TestRestTemplate member = home.as(http, Role.FORUM_MEMBER);

        noContent(post(coordinator, path + "/rescheduling",
                Map.of("startsAt", start.toString(), "duration", "PT1H30M", "location", "Polishuset")));
        noContent(put(coordinator, path + "/attendance", Map.of("presentMemberIds", List.of(police))));
        noContent(post(coordinator, path + "/decisions", Map.of("text", "Gemensam tillsyn")));
        UUID actionItem = created(post(coordinator, path + "/action-items",
                Map.of("ownerMemberId", licensing, "what", "Boka tillsyn", "due", LocalDate.now().plusDays(30).toString())));
        await().atMost(Duration.ofSeconds(10)).until(() -> member.getForEntity(path, String.class)
                .getStatusCode().is2xxSuccessful());
        noContent(post(member, path + "/action-items/" + actionItem + "/completion", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(start));
        noContent(put(member, path + "/minutes", Map.of("text", "Protokoll")));
        noContent(post(coordinator, path + "/minutes/approval", null));

        assertThat(StoredEvents.of(relay, meetingId)).extracting(StoredEvents.Row::payloadType).containsExactly(
                MeetingScheduled.class.getName(), MeetingRescheduled.class.getName(),
                AttendanceRecorded.class.getName(), DecisionRecorded.class.getName(),
                ActionItemAssigned.class.getName(), ActionItemCompleted.class.getName(),
                MinutesRecorded.class.getName(), MinutesApproved.class.getName());
        assertThat(StoredEvents.of(relay, meetingId)).extracting(StoredEvents.Row::tenantId)
                .containsOnly(home.tenantId().toString());
    }

    @Test
    void aMeetingIsCancelledOnceThenTheRuleRefuses() {
        UUID meetingId = scheduled();
        String cancellation = "/api/v1/meetings/" + meetingId + "/cancellation";

        noContent(post(coordinator, cancellation, Map.of("reason", "Krockar med valvakan")));
        problem(post(coordinator, cancellation, Map.of("reason", "Igen")), HttpStatus.CONFLICT,
                "meeting.cancelled");

        assertThat(StoredEvents.count(relay, meetingId, MeetingCancelled.class)).isEqualTo(1);
    }

    @Test
    void minutesCannotBeApprovedBeforeTheyAreRecorded() {
        UUID meetingId = scheduled();
        problem(post(coordinator, "/api/v1/meetings/" + meetingId + "/minutes/approval", null),
                HttpStatus.CONFLICT, "meeting.no-minutes");
    }

    @Test
    void invalidFieldsAreNamed() {
        ResponseEntity<JsonNode> answer = post(coordinator, "/api/v1/meetings",
                Map.of("location", "", "agenda", List.of("Läget", " ")));

        problem(answer, HttpStatus.BAD_REQUEST, "validation");
        assertThat(fields(answer)).containsExactlyInAnyOrder("forumId", "startsAt", "duration", "location",
                "agenda[1]");
        problem(put(coordinator, "/api/v1/meetings/" + scheduled() + "/attendance", Map.of()),
                HttpStatus.BAD_REQUEST, "validation");
    }

    @Test
    void aMeetingCannotStartInThePast() {
        ResponseEntity<JsonNode> answer = post(coordinator, "/api/v1/meetings",
                meeting(Instant.now().minus(Duration.ofHours(1))));

        problem(answer, HttpStatus.BAD_REQUEST, "meeting.starts-in-past");
        assertThat(fields(answer)).containsExactly("startsAt");
    }

    @Test
    void malformedBodiesAreBadRequests() {
        Map<String, Object> body = meeting(Instant.now().plus(Duration.ofDays(1)));
        body.put("duration", "two hours");
        problem(post(coordinator, "/api/v1/meetings", body), HttpStatus.BAD_REQUEST, "malformed-body");
        problem(postJson(coordinator, "/api/v1/meetings", "[1, 2"), HttpStatus.BAD_REQUEST, "malformed-body");
    }

    @Test
    void rolesThatMayNotAreRefused() {
        UUID meetingId = scheduled();
        String path = "/api/v1/meetings/" + meetingId;
        TestRestTemplate member = home.as(http, Role.FORUM_MEMBER);
        TestRestTemplate licensingOfficer = home.as(http, Role.LICENSING_OFFICER);
        TestRestTemplate auditor = home.as(http, Role.AUDITOR);
        TestRestTemplate network = home.as(http, Role.NETWORK_COORDINATOR);

        problem(post(member, "/api/v1/meetings", meeting(Instant.now().plus(Duration.ofDays(1)))),
                HttpStatus.FORBIDDEN, "forbidden");
        problem(post(licensingOfficer, path + "/cancellation", Map.of("reason", "Nej")), HttpStatus.FORBIDDEN,
                "forbidden");
        problem(post(member, path + "/decisions", Map.of("text", "Nej")), HttpStatus.FORBIDDEN, "forbidden");
        problem(put(auditor, path + "/minutes", Map.of("text", "Nej")), HttpStatus.FORBIDDEN, "forbidden");
        problem(post(network, path + "/action-items/" + UUID.randomUUID() + "/completion", null),
                HttpStatus.FORBIDDEN, "forbidden");
        problem(post(member, path + "/minutes/approval", null), HttpStatus.FORBIDDEN, "forbidden");
        assertThat(StoredEvents.count(relay, meetingId)).isEqualTo(1);
    }

    @Test
    void aMemberOfAnotherForumNeitherWritesTheMinutesNorCompletesAnActionItem() {
        UUID meetingId = scheduled();
        String path = "/api/v1/meetings/" + meetingId;
        UUID actionItem = created(post(coordinator, path + "/action-items",
                Map.of("ownerMemberId", licensing, "what", "Boka tillsyn", "due", LocalDate.now().plusDays(30).toString())));
        String outsider = "outsider-" + UUID.randomUUID() + "@example.no";
        accounts.create(home.tenantId(), outsider, TestMunicipality.PASSWORD, "Otto", EnumSet.of(Role.FORUM_MEMBER));
        TestRestTemplate other = http.withBasicAuth(outsider, TestMunicipality.PASSWORD);

        problem(put(other, path + "/minutes", Map.of("text", "Mitt protokoll")), HttpStatus.NOT_FOUND, "not-found");
        problem(post(other, path + "/action-items/" + actionItem + "/completion", null), HttpStatus.NOT_FOUND,
                "not-found");
        assertThat(StoredEvents.count(relay, meetingId)).isEqualTo(2);
    }

    @Test
    void anotherMunicipalitysMeetingAnswersLikeAMissingOne() {
        UUID meetingId = scheduled();
        TestRestTemplate stranger = other.as(http, Role.COORDINATOR);
        String path = "/api/v1/meetings/" + meetingId;

        problem(post(stranger, path + "/cancellation", Map.of("reason", "Sabotage")), HttpStatus.NOT_FOUND,
                "not-found");
        problem(post(stranger, path + "/decisions", Map.of("text", "Sabotage")), HttpStatus.NOT_FOUND, "not-found");
        problem(put(stranger, path + "/minutes", Map.of("text", "Sabotage")), HttpStatus.NOT_FOUND, "not-found");
        problem(post(stranger, "/api/v1/meetings/" + UUID.randomUUID() + "/cancellation", Map.of("reason", "x")),
                HttpStatus.NOT_FOUND, "not-found");
        // Another municipality's forum is refused exactly like a forum that does not exist.
        Map<String, Object> inForeignForum = meeting(Instant.now().plus(Duration.ofDays(1)));
        Map<String, Object> inMissingForum = meeting(Instant.now().plus(Duration.ofDays(1)));
        inMissingForum.put("forumId", UUID.randomUUID());
        JsonNode foreign = problem(post(stranger, "/api/v1/meetings", inForeignForum), HttpStatus.NOT_FOUND,
                "meeting.unknown-forum");
        JsonNode missing = problem(post(stranger, "/api/v1/meetings", inMissingForum), HttpStatus.NOT_FOUND,
                "meeting.unknown-forum");
        assertThat(foreign.get("detail")).isEqualTo(missing.get("detail"));
        assertThat(StoredEvents.count(relay, meetingId)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeySchedulesOneMeeting() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = meeting(Instant.now().plus(Duration.ofDays(3)));
        long before = StoredEvents.countInTenant(relay, MeetingScheduled.class, home.tenantId());

        UUID first = created(post(coordinator, "/api/v1/meetings", body, key));
        UUID retry = created(post(coordinator, "/api/v1/meetings", body, key));

        assertThat(retry).isEqualTo(first);
        assertThat(StoredEvents.countInTenant(relay, MeetingScheduled.class, home.tenantId())).isEqualTo(before + 1);
    }
}
