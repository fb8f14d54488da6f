package forum.projections.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.ActionItemCompleted;
import forum.core.meeting.AttendanceRecorded;
import forum.core.meeting.Attendee;
import forum.core.meeting.DecisionRecorded;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesApproved;
import forum.core.meeting.MinutesRecorded;
import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import forum.projections.contract.DomainEventRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ProjectionsIntegrationTest
class MeetingCalendarIT {

    @Autowired
    Feed feed;

    @Autowired
    MeetingCalendar calendar;

    @Autowired
    ObjectMapper json;

    final UUID tenant = UUID.randomUUID();
    final UUID nightlife = UUID.randomUUID();
    final UUID youth = UUID.randomUUID();
    final UUID police = UUID.randomUUID();
    final UUID coordinator = UUID.randomUUID();
    final UUID october = UUID.randomUUID();
    final UUID november = UUID.randomUUID();
    final UUID december = UUID.randomUUID();
    final UUID cancelled = UUID.randomUUID();
    final UUID youthNovember = UUID.randomUUID();
    final UUID policeItem = UUID.randomUUID();
    final UUID doneItem = UUID.randomUUID();
    final UUID novemberItem = UUID.randomUUID();
    final UUID youthItem = UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-09-01T08:00:00Z");
    final Instant now = Instant.parse("2026-11-15T00:00:00Z");
    final Duration twoHours = Duration.ofHours(2);
    Streams streams;

    @BeforeEach
    void calendarOfTwoForums() {
        streams = new Streams(json);
        List<DomainEventRecord> records = new ArrayList<>(List.of(
                streams.next(tenant, nightlife, t0, new ForumEstablished(tenant, nightlife, "Trygt natteliv",
                        ForumMethod.NIGHTLIFE_SAFETY, 4)),
                streams.next(tenant, nightlife, t0, new ForumMemberAdded(tenant, nightlife, police, "Petra Polis",
                        null, "Polisen", MemberRole.POLICE)),
                streams.next(tenant, nightlife, t0, new ForumMemberAdded(tenant, nightlife, coordinator,
                        "Stina Samordnare", null, "Kommunen", MemberRole.COORDINATOR)),
                streams.next(tenant, youth, t0, new ForumEstablished(tenant, youth, "SSP", ForumMethod.OTHER, 6)),
                schedule(october, nightlife, "2026-10-05T10:00:00Z", "Rådhuset", List.of("Läget", "Tillsyn")),
                schedule(november, nightlife, "2026-11-10T10:00:00Z", "Polishuset", List.of("Uppföljning")),
                schedule(december, nightlife, "2026-12-15T10:00:00Z", "Rådhuset", List.of("Julbord")),
                schedule(cancelled, nightlife, "2026-11-25T10:00:00Z", "Rådhuset", List.of("Extra")),
                schedule(youthNovember, youth, "2026-11-20T15:00:00Z", "Fritidsgården", List.of("Skolavslutning")),
                streams.next(tenant, cancelled, t0.plusSeconds(60),
                        new MeetingCancelled(tenant, cancelled, "Krockar med fullmäktige")),
                // October: held, with attendance, approved minutes, two decisions and two action items.
                streams.next(tenant, october, Instant.parse("2026-10-05T12:00:00Z"),
                        new AttendanceRecorded(tenant, october, nightlife,
                                List.of(new Attendee(police, MemberRole.POLICE)),
                                List.of(new Attendee(coordinator, MemberRole.COORDINATOR)))),
                streams.next(tenant, october, Instant.parse("2026-10-05T12:05:00Z"),
                        new MinutesRecorded(tenant, october, "Utkast")),
                streams.next(tenant, october, Instant.parse("2026-10-06T09:00:00Z"),
                        new MinutesRecorded(tenant, october, "Protokoll: läget är lugnt")),
                streams.next(tenant, october, Instant.parse("2026-10-07T09:00:00Z"),
                        new MinutesApproved(tenant, october)),
                streams.next(tenant, october, Instant.parse("2026-10-05T12:10:00Z"),
                        new DecisionRecorded(tenant, october, "Gemensam tillsyn i november")),
                streams.next(tenant, october, Instant.parse("2026-10-05T12:11:00Z"),
                        new DecisionRecorded(tenant, october, "Informera krögarna")),
                streams.next(tenant, october, Instant.parse("2026-10-05T12:20:00Z"),
                        new ActionItemAssigned(tenant, october, policeItem, police, "Planera tillsyn",
                                LocalDate.parse("2026-10-20"))),
                streams.next(tenant, october, Instant.parse("2026-10-05T12:21:00Z"),
                        new ActionItemAssigned(tenant, october, doneItem, coordinator, "Skicka brev",
                                LocalDate.parse("2026-10-10"))),
                streams.next(tenant, october, Instant.parse("2026-10-09T12:00:00Z"),
                        new ActionItemCompleted(tenant, october, doneItem)),
                streams.next(tenant, november, Instant.parse("2026-11-10T12:20:00Z"),
                        new ActionItemAssigned(tenant, november, novemberItem, coordinator, "Boka lokal",
                                LocalDate.parse("2026-12-01"))),
                streams.next(tenant, youthNovember, t0.plusSeconds(120),
                        new ActionItemAssigned(tenant, youthNovember, youthItem, coordinator, "Annat forum",
                                LocalDate.parse("2026-11-01")))));
        feed.apply(records);
    }

    private DomainEventRecord schedule(UUID meeting, UUID forum, String startsAt, String location, List<String> agenda) {
        return streams.next(tenant, meeting, t0, new MeetingScheduled(tenant, meeting, forum, Instant.parse(startsAt),
                twoHours, location, agenda));
    }

    @Test
    void upcomingMeetingsComeSoonestFirstWithCancelledOnesShownAsCancelled() {
        ResultPage<MeetingSummary> upcoming = calendar.upcoming(tenant, now, MeetingFilter.none(), PageQuery.first(10));

        assertThat(upcoming.items()).extracting(MeetingSummary::meetingId)
                .containsExactly(youthNovember, cancelled, december);
        assertThat(upcoming.items()).extracting(MeetingSummary::status)
                .containsExactly(MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED, MeetingStatus.SCHEDULED);
        assertThat(upcoming.items().get(0).forumName()).isEqualTo("SSP");
        assertThat(upcoming.items().get(0).endsAt()).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
        assertThat(upcoming.totalItems()).isEqualTo(3);
    }

    @Test
    void pastMeetingsComeLatestFirstAndHeldOnesShowAsHeld() {
        ResultPage<MeetingSummary> past = calendar.past(tenant, now, MeetingFilter.none(), PageQuery.first(10));

        assertThat(past.items()).extracting(MeetingSummary::meetingId).containsExactly(november, october);
        assertThat(past.items()).extracting(MeetingSummary::status)
                .containsExactly(MeetingStatus.SCHEDULED, MeetingStatus.HELD);
        assertThat(past.items().get(1).minutesApproved()).isTrue();
    }

    @Test
    void filtersByForumAndDateRange() {
        assertThat(calendar.upcoming(tenant, now, MeetingFilter.forum(nightlife), PageQuery.first(10)).items())
                .extracting(MeetingSummary::meetingId).containsExactly(cancelled, december);
        MeetingFilter november2026 = new MeetingFilter(null, Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(calendar.upcoming(tenant, now, november2026, PageQuery.first(10)).items())
                .extracting(MeetingSummary::meetingId).containsExactly(youthNovember, cancelled);
        assertThat(calendar.past(tenant, now, november2026, PageQuery.first(10)).items())
                .extracting(MeetingSummary::meetingId).containsExactly(november);
    }

    @Test
    void pagesThroughTheCalendar() {
        ResultPage<MeetingSummary> first = calendar.upcoming(tenant, now, MeetingFilter.none(), new PageQuery(0, 2));
        ResultPage<MeetingSummary> second = calendar.upcoming(tenant, now, MeetingFilter.none(), new PageQuery(1, 2));

        assertThat(first.items()).extracting(MeetingSummary::meetingId).containsExactly(youthNovember, cancelled);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(second.items()).extracting(MeetingSummary::meetingId).containsExactly(december);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.totalItems()).isEqualTo(3);
    }

    @Test
    void detailShowsAgendaAttendanceApprovedMinutesDecisionsAndActionItems() {
        MeetingDetail detail = calendar.detail(tenant, october).orElseThrow();

        assertThat(detail.forumName()).isEqualTo("Trygt natteliv");
        assertThat(detail.location()).isEqualTo("Rådhuset");
        assertThat(detail.agenda()).containsExactly("Läget", "Tillsyn");
        assertThat(detail.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(detail.attendance()).containsExactly(
                new Attendance(police, "Petra Polis", MemberRole.POLICE, true),
                new Attendance(coordinator, "Stina Samordnare", MemberRole.COORDINATOR, false));
        assertThat(detail.minutes().text()).isEqualTo("Protokoll: läget är lugnt");
        assertThat(detail.minutes().approved()).isTrue();
        assertThat(detail.minutes().approvedAt()).isEqualTo(Instant.parse("2026-10-07T09:00:00Z"));
        assertThat(detail.decisions()).extracting(MeetingDecision::text)
                .containsExactly("Gemensam tillsyn i november", "Informera krögarna");
        assertThat(detail.actionItems()).extracting(MeetingActionItem::actionItemId)
                .containsExactly(doneItem, policeItem);
        assertThat(detail.actionItems().get(0).open()).isFalse();
        assertThat(detail.actionItems().get(1).ownerName()).isEqualTo("Petra Polis");
        assertThat(detail.carriedOverActionItems()).isEmpty();
        assertThat(detail.cancellation()).isNull();
    }

    @Test
    void openActionItemsOfEarlierMeetingsOfTheSameForumCarryOver() {
        MeetingDetail december2026 = calendar.detail(tenant, december).orElseThrow();
        assertThat(december2026.carriedOverActionItems()).extracting(MeetingActionItem::actionItemId)
                .containsExactly(policeItem, novemberItem);
        assertThat(december2026.carriedOverActionItems().get(0).meetingId()).isEqualTo(october);
        assertThat(december2026.carriedOverActionItems().get(0).what()).isEqualTo("Planera tillsyn");
        assertThat(december2026.actionItems()).isEmpty();

        MeetingDetail november2026 = calendar.detail(tenant, november).orElseThrow();
        assertThat(november2026.carriedOverActionItems()).extracting(MeetingActionItem::actionItemId)
                .containsExactly(policeItem);
        assertThat(november2026.actionItems()).extracting(MeetingActionItem::actionItemId)
                .containsExactly(novemberItem);

        assertThat(calendar.detail(tenant, youthNovember).orElseThrow().carriedOverActionItems()).isEmpty();
    }

    @Test
    void aCompletedItemNoLongerCarriesOver() {
        feed.apply(streams.next(tenant, october, Instant.parse("2026-11-30T09:00:00Z"),
                new ActionItemCompleted(tenant, october, policeItem)));

        assertThat(calendar.detail(tenant, december).orElseThrow().carriedOverActionItems())
                .extracting(MeetingActionItem::actionItemId).containsExactly(novemberItem);
    }

    @Test
    void aRescheduledMeetingMovesInTheCalendarAndInTheCarryOver() {
        feed.apply(streams.next(tenant, december, t0.plusSeconds(600), new MeetingRescheduled(tenant, december,
                Instant.parse("2026-10-01T10:00:00Z"), Duration.ofHours(1), "Stadshuset")));

        assertThat(calendar.past(tenant, now, MeetingFilter.forum(nightlife), PageQuery.first(10)).items())
                .extracting(MeetingSummary::meetingId).containsExactly(november, october, december);
        MeetingDetail moved = calendar.detail(tenant, december).orElseThrow();
        assertThat(moved.location()).isEqualTo("Stadshuset");
        assertThat(moved.endsAt()).isEqualTo(Instant.parse("2026-10-01T11:00:00Z"));
        assertThat(moved.carriedOverActionItems()).isEmpty();
    }

    @Test
    void aCancelledMeetingShowsItsCancellation() {
        MeetingDetail detail = calendar.detail(tenant, cancelled).orElseThrow();

        assertThat(detail.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(detail.cancellation().reason()).isEqualTo("Krockar med fullmäktige");
        assertThat(detail.cancellation().cancelledAt()).isEqualTo(t0.plusSeconds(60));
    }

    @Test
    void recordedAttendanceReplacesTheEarlierOne() {
        feed.apply(streams.next(tenant, october, Instant.parse("2026-10-08T12:00:00Z"),
                new AttendanceRecorded(tenant, october, nightlife,
                        List.of(new Attendee(coordinator, MemberRole.COORDINATOR), new Attendee(police, MemberRole.POLICE)),
                        List.of())));

        assertThat(calendar.detail(tenant, october).orElseThrow().attendance())
                .allMatch(Attendance::present).hasSize(2);
    }

    @Test
    void aRedeliveredRecordChangesNothing() {
        DomainEventRecord decision = streams.next(tenant, november, Instant.parse("2026-11-10T12:30:00Z"),
                new DecisionRecorded(tenant, november, "En gång"));
        feed.apply(decision, decision);
        feed.applyTwice(List.of(streams.record(tenant, october, 5, Instant.parse("2026-10-07T09:00:00Z"), "x",
                new DecisionRecorded(tenant, october, "Gammal händelse igen"))));

        assertThat(calendar.detail(tenant, november).orElseThrow().decisions()).hasSize(1);
        assertThat(calendar.detail(tenant, october).orElseThrow().decisions()).hasSize(2);
    }

    @Test
    void anotherTenantSeesNoMeetings() {
        UUID other = UUID.randomUUID();
        assertThat(calendar.upcoming(other, now, MeetingFilter.none(), PageQuery.first(10)).items()).isEmpty();
        assertThat(calendar.detail(other, october)).isEmpty();
    }
}
