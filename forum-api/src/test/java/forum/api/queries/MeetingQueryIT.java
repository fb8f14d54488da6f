package forum.api.queries;

import static forum.api.queries.Reads.eventually;
import static forum.api.queries.Reads.forbidden;
import static forum.api.queries.Reads.invalid;
import static forum.api.queries.Reads.items;
import static forum.api.queries.Reads.notFound;
import static forum.api.queries.Reads.ok;
import static forum.api.queries.Reads.page;
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
class MeetingQueryIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    TestMunicipality home;
    TestMunicipality other;
    TestRestTemplate coordinator;
    UUID forum;
    UUID otherForum;
    UUID police;
    UUID inTwoDays;
    UUID inFiveDays;
    UUID inTenDays;
    UUID cancelled;
    UUID otherForumsMeeting;
    UUID over;

    @BeforeAll
    void aCalendar() {
        home = TestMunicipality.signUp(http, accounts);
        other = TestMunicipality.signUp(http, accounts);
        coordinator = home.as(http, Role.COORDINATOR);
        forum = Cases.forum(coordinator, "Krogar mot knark");
        otherForum = Cases.forum(coordinator, "Handlingsplan");
        police = Cases.member(coordinator, forum, "Pelle Polis", "POLICE");
        Cases.member(coordinator, forum, "Tina Tillstånd", "LICENSING");
        // Starts in a moment and lasts a second: it will be over while the tests run.
        over = Cases.meeting(coordinator, forum, Instant.now().plusSeconds(5), "PT1S", "Förbi");
        inTwoDays = Cases.meetingInDays(coordinator, forum, 2, "Rådhuset");
        inFiveDays = Cases.meetingInDays(coordinator, forum, 5, "Polishuset");
        inTenDays = Cases.meetingInDays(coordinator, forum, 10, "Stadshuset");
        cancelled = Cases.meetingInDays(coordinator, forum, 3, "Inställt");
        Api.noContent(Api.post(coordinator, "/api/v1/meetings/" + cancelled + "/cancellation",
                Map.of("reason", "Krockar med valvakan")));
        otherForumsMeeting = Cases.meetingInDays(coordinator, otherForum, 4, "Biblioteket");
    }

    @Test
    void upcomingMeetingsComeSoonestFirstInPagesAndCancelledOnesStay() {
        String url = "/api/v1/meetings?forumId=" + forum;
        JsonNode all = eventually(coordinator, url, page -> page.get("totalItems").asInt() == 4
                && page.toString().contains("CANCELLED"));
        assertThat(items(all, "meetingId")).containsExactly(inTwoDays.toString(), cancelled.toString(),
                inFiveDays.toString(), inTenDays.toString());
        assertThat(items(all, "status")).containsExactly("SCHEDULED", "CANCELLED", "SCHEDULED", "SCHEDULED");
        assertThat(items(all, "forumName")).containsOnly("Krogar mot knark");

        JsonNode second = ok(coordinator, url + "&scope=upcoming&size=3&page=1");
        page(second, 1, 3, 4, 2);
        assertThat(items(second, "meetingId")).containsExactly(inTenDays.toString());
    }

    @Test
    void theCalendarNarrowsToAForumAndAPeriod() {
        eventually(coordinator, "/api/v1/meetings", page -> page.get("totalItems").asInt() == 5);
        assertThat(items(ok(coordinator, "/api/v1/meetings?forumId=" + otherForum), "meetingId"))
                .containsExactly(otherForumsMeeting.toString());

        Instant from = Instant.now().plus(Duration.ofHours(84)).truncatedTo(ChronoUnit.SECONDS);
        Instant to = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(items(ok(coordinator, "/api/v1/meetings?from=" + from + "&to=" + to), "meetingId"))
                .containsExactlyInAnyOrder(inFiveDays.toString(), otherForumsMeeting.toString());
        assertThat(items(ok(coordinator, "/api/v1/meetings?forumId=" + forum + "&from=" + from + "&to=" + to),
                "meetingId")).containsExactly(inFiveDays.toString());
    }

    @Test
    void pastMeetingsAreThoseOver() {
        JsonNode past = eventually(coordinator, "/api/v1/meetings?scope=past",
                page -> page.get("totalItems").asInt() == 1);
        assertThat(items(past, "meetingId")).containsExactly(over.toString());
        assertThat(items(ok(coordinator, "/api/v1/meetings?forumId=" + forum), "meetingId"))
                .doesNotContain(over.toString());
    }

    @Test
    void theDetailHasAttendanceDecisionsActionItemsAndTheOpenOnesCarriedOver() {
        UUID item = Cases.actionItem(coordinator, inTwoDays, police, "Boka tillsyn", LocalDate.now().plusDays(20));
        Api.noContent(Api.put(coordinator, "/api/v1/meetings/" + inTwoDays + "/attendance",
                Map.of("presentMemberIds", List.of(police))));
        Api.noContent(Api.post(coordinator, "/api/v1/meetings/" + inTwoDays + "/decisions",
                Map.of("text", "Gemensam tillsyn i december")));

        JsonNode detail = eventually(coordinator, "/api/v1/meetings/" + inTwoDays,
                meeting -> meeting.get("actionItems").size() == 1 && meeting.get("decisions").size() == 1
                        && meeting.get("attendance").size() == 2);
        assertThat(detail.get("status").asText()).isEqualTo("HELD");
        assertThat(detail.get("location").asText()).isEqualTo("Rådhuset");
        assertThat(detail.get("agenda").size()).isEqualTo(2);
        assertThat(detail.get("decisions").get(0).get("text").asText()).isEqualTo("Gemensam tillsyn i december");
        assertThat(detail.get("actionItems").get(0).get("ownerName").asText()).isEqualTo("Pelle Polis");
        assertThat(Reads.texts(detail.get("attendance"), "personName")).containsExactly("Pelle Polis",
                "Tina Tillstånd");

        JsonNode next = eventually(coordinator, "/api/v1/meetings/" + inFiveDays,
                meeting -> meeting.get("carriedOverActionItems").size() == 1);
        assertThat(next.get("carriedOverActionItems").get(0).get("actionItemId").asText()).isEqualTo(item.toString());

        JsonNode cancelledOne = eventually(coordinator, "/api/v1/meetings/" + cancelled, meeting -> true);
        assertThat(cancelledOne.get("cancellation").get("reason").asText()).isEqualTo("Krockar med valvakan");
    }

    @Test
    void anotherMunicipalitysMeetingIsNotFound() {
        eventually(coordinator, "/api/v1/meetings/" + inTenDays, meeting -> true);
        TestRestTemplate stranger = other.as(http, Role.COORDINATOR);

        notFound(stranger, "/api/v1/meetings/" + inTenDays);
        notFound(stranger, "/api/v1/meetings/" + UUID.randomUUID());
        assertThat(ok(stranger, "/api/v1/meetings?forumId=" + forum).get("totalItems").asInt()).isZero();
    }

    @Test
    void everyRoleOfTheMunicipalityButNoOutsiderReadsTheCalendar() {
        for (Role role : List.of(Role.LICENSING_OFFICER, Role.AUDITOR)) {
            eventually(home.as(http, role), "/api/v1/meetings/" + inTenDays, meeting -> true);
        }
        TestRestTemplate operator = Cases.operator(http, accounts);
        forbidden(operator, "/api/v1/meetings");
        forbidden(operator, "/api/v1/meetings/" + inTenDays);
        forbidden(home.as(http, Role.NETWORK_COORDINATOR), "/api/v1/meetings/" + inTenDays);
    }

    @Test
    void aForumMemberReadsTheMeetingsOfTheirOwnForumsOnly() {
        TestRestTemplate member = home.as(http, Role.FORUM_MEMBER);
        Cases.member(coordinator, otherForum, "Mia Medlem", "SSP", home.usernames().get(Role.FORUM_MEMBER));

        eventually(member, "/api/v1/meetings/" + otherForumsMeeting, meeting -> true);
        notFound(member, "/api/v1/meetings/" + inTenDays);
        notFound(member, "/api/v1/meetings?forumId=" + forum);
        assertThat(items(ok(member, "/api/v1/meetings"), "meetingId")).containsExactly(otherForumsMeeting.toString());
        assertThat(items(ok(coordinator, "/api/v1/meetings"), "meetingId"))
                .contains(otherForumsMeeting.toString(), inTenDays.toString());
    }

    @Test
    void malformedFiltersAreBadRequests() {
        invalid(coordinator, "/api/v1/meetings?scope=someday", "scope");
        invalid(coordinator, "/api/v1/meetings?forumId=42", "forumId");
        invalid(coordinator, "/api/v1/meetings?from=tomorrow", "from");
        invalid(coordinator, "/api/v1/meetings?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", "to");
        invalid(coordinator, "/api/v1/meetings?size=500", "size");
    }
}
