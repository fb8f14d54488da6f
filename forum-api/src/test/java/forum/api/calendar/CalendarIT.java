package forum.api.calendar;

import static forum.api.calendar.CalendarDocumentsTest.event;
import static forum.api.calendar.CalendarDocumentsTest.instant;
import static forum.api.calendar.CalendarDocumentsTest.parse;
import static forum.api.calendar.CalendarDocumentsTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Meetings in calendars against the real database and broker: a meeting's .ics for whoever reads its page, moved
 * (SEQUENCE grows) across the spring change of the clocks and cancelled (CANCEL), and the feeds of a person and of a
 * forum at secret addresses: parsed back and validated by iCal4j, renewed (the old address answers 404), and never
 * holding another municipality's meetings or free text a feed does not carry.
 */
@ForumIntegrationTest
class CalendarIT {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    @Test
    void meetingsReachCalendarsRightAcrossTheClocksAndOnlyTheirOwnMunicipalitys() throws Exception {
        TestMunicipality a = TestMunicipality.signUp(http, accounts);
        TestMunicipality b = TestMunicipality.signUp(http, accounts);
        CaseFiles.CaseFile aCase = CaseFiles.seed(commands, a.tenantId(), null, a.usernames().get(Role.FORUM_MEMBER));
        CaseFiles.CaseFile bCase = CaseFiles.seed(commands, b.tenantId(), null, b.usernames().get(Role.FORUM_MEMBER));
        TestRestTemplate coordinator = a.as(http, Role.COORDINATOR);

        // The Sundays the clocks change in 2027: 28 March (skipping 02:00-03:00) and 31 October (repeating it).
        UUID spring = schedule(coordinator, aCase.forumId(), LocalDateTime.parse("2027-03-28T10:00"));
        UUID autumn = schedule(coordinator, aCase.forumId(), LocalDateTime.parse("2027-10-31T10:00"));

        PageClient pages = new PageClient(port);
        String member = pages.signIn(a.usernames().get(Role.FORUM_MEMBER), TestMunicipality.PASSWORD);
        VEvent first = meeting(pages, member, spring, ics -> value(event(ics), Property.SEQUENCE).equals("0"));
        assertThat(instant(first.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Oslo");
        assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(first, Property.URL)).endsWith("/meetings/" + spring);

        // Moved twice, the second time to just after the skipped hour.
        reschedule(coordinator, spring, LocalDateTime.parse("2027-03-28T12:00"));
        meeting(pages, member, spring, ics -> value(event(ics), Property.SEQUENCE).equals("1"));
        reschedule(coordinator, spring, LocalDateTime.parse("2027-03-28T03:30"));
        VEvent moved = meeting(pages, member, spring, ics -> value(event(ics), Property.SEQUENCE).equals("2"));
        assertThat(instant(moved.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(value(moved, Property.UID)).isEqualTo(value(first, Property.UID)).contains(spring.toString());

        assertThat(Api.post(coordinator, "/api/v1/meetings/" + autumn + "/cancellation",
                Map.of("reason", "Sygdom hos tovholderen")).getStatusCode().is2xxSuccessful()).isTrue();
        VEvent cancelled = meeting(pages, member, autumn, ics -> ics.getProperty(Property.METHOD).orElseThrow()
                .getValue().equals("CANCEL"));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
        assertThat(instant(cancelled.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));

        // Another municipality's member does not get the meeting: not found, as its page.
        String bMember = pages.signIn(b.usernames().get(Role.FORUM_MEMBER), TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/meetings/" + spring + "/calendar.ics", bMember)).statusCode())
                .isEqualTo(404);

        // The member's feed: every meeting of the member's forum, the cancelled one as cancelled, nothing of B's.
        String feed = address(Api.post(a.as(http, Role.FORUM_MEMBER), "/api/v1/calendar/feed", null));
        Calendar own = feed(pages, feed);
        assertThat(uids(own)).contains(uid(spring), uid(autumn), uid(aCase.meetingId()))
                .doesNotContain(uid(bCase.meetingId()));
        assertThat(own.toString()).doesNotContain("Sygdom hos tovholderen", "Kontrol af ID");
        assertThat(own.getComponents("VEVENT").stream().map(event -> (VEvent) event)
                .filter(event -> value(event, Property.UID).equals(uid(autumn)))
                .map(event -> value(event, Property.STATUS))).containsExactly("CANCELLED");
        assertThat(http.getForEntity(feedPath(feed), String.class).getHeaders().getContentType())
                .hasToString("text/calendar;charset=UTF-8");
        assertThat(a.as(http, Role.FORUM_MEMBER).getForObject("/api/v1/calendar/feed", JsonNode.class)
                .get("createdAt").isNull()).isFalse();

        // Renewed: the old address answers 404, the new one the same meetings.
        String renewed = address(Api.post(a.as(http, Role.FORUM_MEMBER), "/api/v1/calendar/feed", null));
        assertThat(renewed).isNotEqualTo(feed);
        assertThat(http.getForEntity(feedPath(feed), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(uids(feed(pages, renewed))).contains(uid(spring), uid(autumn));

        // B's feeds hold B's meetings only; B's coordinator cannot make a feed of A's forum.
        String bFeed = address(Api.post(b.as(http, Role.FORUM_MEMBER), "/api/v1/calendar/feed", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> uids(feed(pages, bFeed)).contains(uid(bCase.meetingId())));
        assertThat(uids(feed(pages, bFeed))).doesNotContain(uid(spring), uid(autumn), uid(aCase.meetingId()));
        assertThat(Api.post(b.as(http, Role.COORDINATOR), "/api/v1/calendar/forums/" + aCase.forumId() + "/feed",
                null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // The forum's feed, made by its coordinator; a member may not make one.
        Calendar forum = feed(pages, address(Api.post(coordinator, "/api/v1/calendar/forums/" + aCase.forumId()
                + "/feed", null)));
        assertThat(uids(forum)).contains(uid(spring), uid(autumn)).doesNotContain(uid(bCase.meetingId()));
        assertThat(Api.post(a.as(http, Role.FORUM_MEMBER), "/api/v1/calendar/forums/" + aCase.forumId() + "/feed",
                null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/calendar/" + UUID.randomUUID() + ".ics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theCalendarPageShowsANewAddressOnceAndIsNotTheAuditors() throws Exception {
        TestMunicipality a = TestMunicipality.signUp(http, accounts);
        PageClient pages = new PageClient(port);
        String officer = pages.signIn(a.usernames().get(Role.LICENSING_OFFICER), TestMunicipality.PASSWORD);
        HttpResponse<String> page = pages.send(pages.get("/calendar", officer));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ingen adresse ennå");

        HttpResponse<String> made = pages.send(pages.form("/calendar/feed", officer,
                "_csrf=" + PageClient.encode(PageClient.csrf(page.body()))));
        assertThat(made.statusCode()).isEqualTo(302);
        String shown = pages.send(pages.get("/calendar", officer)).body();
        assertThat(shown).contains("Adressen til møtene dine er klar", "/calendar/").contains(".ics");
        assertThat(pages.send(pages.get("/calendar", officer)).body()).doesNotContain(".ics\"");

        String auditor = pages.signIn(a.usernames().get(Role.AUDITOR), TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/calendar", auditor)).statusCode()).isEqualTo(403);
    }

    private static UUID schedule(TestRestTemplate coordinator, UUID forumId, LocalDateTime startsAt) {
        return Api.created(Api.post(coordinator, "/api/v1/meetings", Map.of("forumId", forumId,
                "startsAt", startsAt.atZone(NORWAY).toInstant().toString(), "duration", "PT2H",
                "location", "Rådhuset", "agenda", List.of("Skjenkestedene i sentrum"))));
    }

    private static void reschedule(TestRestTemplate coordinator, UUID meetingId, LocalDateTime startsAt) {
        assertThat(Api.post(coordinator, "/api/v1/meetings/" + meetingId + "/rescheduling", Map.of(
                "startsAt", startsAt.atZone(NORWAY).toInstant().toString(), "duration", "PT2H",
                "location", "Rådhuset, sal 2")).getStatusCode().is2xxSuccessful()).isTrue();
    }

    /** The meeting's .ics as the signed-in person downloads it, once the read model shows what is expected. */
    private static VEvent meeting(PageClient pages, String session, UUID meetingId, Predicate<Calendar> expected) {
        Calendar[] last = new Calendar[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            HttpResponse<String> ics = pages.send(pages.get("/meetings/" + meetingId + "/calendar.ics", session));
            if (ics.statusCode() != 200) {
                return false;
            }
            assertThat(ics.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
            last[0] = parse(ics.body());
            return expected.test(last[0]);
        });
        return event(last[0]);
    }

    /** A feed read as a calendar reads it: no sign-in. */
    private static Calendar feed(PageClient pages, String address) throws Exception {
        HttpResponse<String> answer = pages.send(pages.get(feedPath(address), null));
        assertThat(answer.statusCode()).as("feed %s", address).isEqualTo(200);
        return parse(answer.body());
    }

    private static String address(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        String url = answer.getBody().get("url").asText();
        assertThat(url).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return url;
    }

    private static String feedPath(String address) {
        return address.substring(address.indexOf("/calendar/"));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(event -> value((VEvent) event, Property.UID)).toList();
    }

    private static String uid(UUID meetingId) {
        return CalendarDocuments.uid(meetingId);
    }
}
