package forum.core.meeting;

import static forum.core.shared.Violations.notFound;
import static forum.core.shared.Violations.violation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMethod;
import forum.core.forum.InMemoryForumDirectory;
import forum.core.forum.MemberRole;
import forum.core.shared.Tenancy;

class MeetingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));
    private static final Instant AN_HOUR_AGO = NOW.minus(Duration.ofHours(1));
    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID FORUM = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID OTHER_TENANTS_FORUM = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    private static final UUID MEETING = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID PER = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-0000000000a9");
    private static final UUID ACTION_ITEM = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final List<String> AGENDA = List.of("Incidents since last meeting", "Drug-test round");

    private static final MeetingScheduled SCHEDULED =
            new MeetingScheduled(TENANT, MEETING, FORUM, NEXT_WEEK, TWO_HOURS, "Rådhuset", AGENDA);
    private static final MeetingScheduled STARTED =
            new MeetingScheduled(TENANT, MEETING, FORUM, AN_HOUR_AGO, TWO_HOURS, "Rådhuset", AGENDA);
    private static final MeetingCancelled CANCELLED = new MeetingCancelled(TENANT, MEETING, "Storm warning");
    private static final MinutesRecorded MINUTES = new MinutesRecorded(TENANT, MEETING, "Police reported two incidents.");
    private static final ActionItemAssigned ACTION_ITEM_ASSIGNED = new ActionItemAssigned(TENANT, MEETING, ACTION_ITEM,
            PER, "Inspect Bar Nord on a Saturday", LocalDate.of(2026, 12, 15));

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(InMemoryForumDirectory.of(
                new ForumEstablished(TENANT, FORUM, "Krogar mot knark", ForumMethod.KROGAR_MOT_KNARK, 4),
                new ForumMemberAdded(TENANT, FORUM, ANNA, "Anna Berg", null, "Kommunen", MemberRole.COORDINATOR),
                new ForumMemberAdded(TENANT, FORUM, PER, "Per Lund", null, "Polisen", MemberRole.POLICE),
                new ForumEstablished(OTHER_TENANT, OTHER_TENANTS_FORUM, "Other", ForumMethod.OTHER, 4)));
    }

    private static ScheduleMeeting schedule(UUID forum, Instant startsAt) {
        return new ScheduleMeeting(TENANT, MEETING, forum, startsAt, TWO_HOURS, "Rådhuset", AGENDA);
    }

    @Test
    void canScheduleMeeting() {
        fixture.givenNoPriorActivity()
                .when(schedule(FORUM, NEXT_WEEK))
                .expectEvents(SCHEDULED);
    }

    @Test
    void cannotScheduleMeetingInThePast() {
        fixture.givenNoPriorActivity()
                .when(schedule(FORUM, AN_HOUR_AGO))
                .expectException(violation("meeting.starts-in-past", "startsAt"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleMeetingOfUnknownForum() {
        fixture.givenNoPriorActivity()
                .when(schedule(UUID.randomUUID(), NEXT_WEEK))
                .expectException(notFound("meeting.unknown-forum", "forumId"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleMeetingOfAnotherTenantsForum() {
        fixture.givenNoPriorActivity()
                .when(schedule(OTHER_TENANTS_FORUM, NEXT_WEEK))
                .expectException(notFound("meeting.unknown-forum", "forumId"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleMeetingWithoutDuration() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(TENANT, MEETING, FORUM, NEXT_WEEK, Duration.ZERO, "Rådhuset", AGENDA))
                .expectException(violation("validation.out-of-range", "duration"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleMeetingWithoutLocation() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(TENANT, MEETING, FORUM, NEXT_WEEK, TWO_HOURS, "", AGENDA))
                .expectException(violation("validation.required", "location"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleMeetingWithBlankAgendaItem() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(TENANT, MEETING, FORUM, NEXT_WEEK, TWO_HOURS, "Rådhuset", List.of("a", " ")))
                .expectException(violation("validation.required", "agenda[1]"))
                .expectNoEvents();
    }

    @Test
    void canRescheduleMeeting() {
        Instant later = NEXT_WEEK.plus(Duration.ofDays(1));
        fixture.given(SCHEDULED)
                .when(new RescheduleMeeting(TENANT, MEETING, later, TWO_HOURS, "Polishuset"))
                .expectEvents(new MeetingRescheduled(TENANT, MEETING, later, TWO_HOURS, "Polishuset"));
    }

    @Test
    void cannotRescheduleMeetingIntoThePast() {
        fixture.given(SCHEDULED)
                .when(new RescheduleMeeting(TENANT, MEETING, AN_HOUR_AGO, TWO_HOURS, "Rådhuset"))
                .expectException(violation("meeting.starts-in-past", "startsAt"))
                .expectNoEvents();
    }

    @Test
    void cannotRescheduleCancelledMeeting() {
        fixture.given(SCHEDULED, CANCELLED)
                .when(new RescheduleMeeting(TENANT, MEETING, NEXT_WEEK, TWO_HOURS, "Rådhuset"))
                .expectException(violation("meeting.cancelled"))
                .expectNoEvents();
    }

    @Test
    void cannotRescheduleMeetingThatWasHeld() {
        fixture.given(STARTED, MINUTES)
                .when(new RescheduleMeeting(TENANT, MEETING, NEXT_WEEK, TWO_HOURS, "Rådhuset"))
                .expectException(violation("meeting.already-held"))
                .expectNoEvents();
    }

    @Test
    void canCancelMeeting() {
        fixture.given(SCHEDULED)
                .when(new CancelMeeting(TENANT, MEETING, "Storm warning"))
                .expectEvents(CANCELLED);
    }

    @Test
    void cannotCancelMeetingWithoutReason() {
        fixture.given(SCHEDULED)
                .when(new CancelMeeting(TENANT, MEETING, " "))
                .expectException(violation("validation.required", "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotCancelMeetingTwice() {
        fixture.given(SCHEDULED, CANCELLED)
                .when(new CancelMeeting(TENANT, MEETING, "Again"))
                .expectException(violation("meeting.cancelled"))
                .expectNoEvents();
    }

    @Test
    void cannotCancelMeetingThatWasHeld() {
        fixture.given(STARTED, MINUTES)
                .when(new CancelMeeting(TENANT, MEETING, "Too late"))
                .expectException(violation("meeting.already-held"))
                .expectNoEvents();
    }

    @Test
    void canRecordAttendanceOfForumMembersWithTheirRoles() {
        fixture.given(STARTED)
                .when(new RecordAttendance(TENANT, MEETING, Set.of(PER)))
                .expectEvents(new AttendanceRecorded(TENANT, MEETING, FORUM,
                        List.of(new Attendee(PER, MemberRole.POLICE)),
                        List.of(new Attendee(ANNA, MemberRole.COORDINATOR))));
    }

    @Test
    void cannotRecordAttendanceOfSomeoneOutsideTheForum() {
        fixture.given(STARTED)
                .when(new RecordAttendance(TENANT, MEETING, Set.of(ANNA, STRANGER)))
                .expectException(violation("meeting.attendee-not-a-member", "presentMemberIds"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAttendanceOfCancelledMeeting() {
        fixture.given(SCHEDULED, CANCELLED)
                .when(new RecordAttendance(TENANT, MEETING, Set.of(ANNA)))
                .expectException(violation("meeting.cancelled"))
                .expectNoEvents();
    }

    @Test
    void canRecordMinutesOnceTheMeetingHasStarted() {
        fixture.given(STARTED)
                .when(new RecordMinutes(TENANT, MEETING, "Police reported two incidents."))
                .expectEvents(MINUTES);
    }

    @Test
    void cannotRecordMinutesBeforeTheMeetingStarts() {
        fixture.given(SCHEDULED)
                .when(new RecordMinutes(TENANT, MEETING, "Written in advance"))
                .expectException(violation("meeting.not-started"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordMinutesOfCancelledMeeting() {
        fixture.given(STARTED, CANCELLED)
                .when(new RecordMinutes(TENANT, MEETING, "Text"))
                .expectException(violation("meeting.cancelled"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTooLongMinutes() {
        fixture.given(STARTED)
                .when(new RecordMinutes(TENANT, MEETING, "x".repeat(10_001)))
                .expectException(violation("validation.too-long", "text"))
                .expectNoEvents();
    }

    @Test
    void canReviseMinutesUntilApproved() {
        fixture.given(STARTED, MINUTES)
                .when(new RecordMinutes(TENANT, MEETING, "Police reported three incidents."))
                .expectEvents(new MinutesRecorded(TENANT, MEETING, "Police reported three incidents."));
    }

    @Test
    void cannotRecordMinutesAfterApproval() {
        fixture.given(STARTED, MINUTES, new MinutesApproved(TENANT, MEETING))
                .when(new RecordMinutes(TENANT, MEETING, "Rewritten"))
                .expectException(violation("meeting.minutes-already-approved"))
                .expectNoEvents();
    }

    @Test
    void canApproveMinutes() {
        fixture.given(STARTED, MINUTES)
                .when(new ApproveMinutes(TENANT, MEETING))
                .expectEvents(new MinutesApproved(TENANT, MEETING));
    }

    @Test
    void cannotApproveMinutesThatDoNotExist() {
        fixture.given(STARTED)
                .when(new ApproveMinutes(TENANT, MEETING))
                .expectException(violation("meeting.no-minutes"))
                .expectNoEvents();
    }

    @Test
    void cannotApproveMinutesTwice() {
        fixture.given(STARTED, MINUTES, new MinutesApproved(TENANT, MEETING))
                .when(new ApproveMinutes(TENANT, MEETING))
                .expectException(violation("meeting.minutes-already-approved"))
                .expectNoEvents();
    }

    @Test
    void canRecordDecision() {
        fixture.given(STARTED)
                .when(new RecordDecision(TENANT, MEETING, "Recommend a warning for Bar Nord"))
                .expectEvents(new DecisionRecorded(TENANT, MEETING, "Recommend a warning for Bar Nord"));
    }

    @Test
    void cannotRecordDecisionOfCancelledMeeting() {
        fixture.given(SCHEDULED, CANCELLED)
                .when(new RecordDecision(TENANT, MEETING, "Decision"))
                .expectException(violation("meeting.cancelled"))
                .expectNoEvents();
    }

    @Test
    void canAssignActionItemToForumMember() {
        fixture.given(STARTED)
                .when(new AssignActionItem(TENANT, MEETING, ACTION_ITEM, PER, "Inspect Bar Nord on a Saturday",
                        LocalDate.of(2026, 12, 15)))
                .expectEvents(ACTION_ITEM_ASSIGNED);
    }

    @Test
    void cannotAssignActionItemToSomeoneOutsideTheForum() {
        fixture.given(STARTED)
                .when(new AssignActionItem(TENANT, MEETING, ACTION_ITEM, STRANGER, "Inspect", LocalDate.of(2026, 12, 15)))
                .expectException(violation("meeting.owner-not-a-member", "ownerMemberId"))
                .expectNoEvents();
    }

    @Test
    void cannotAssignTheSameActionItemTwice() {
        fixture.given(STARTED, ACTION_ITEM_ASSIGNED)
                .when(new AssignActionItem(TENANT, MEETING, ACTION_ITEM, ANNA, "Inspect", LocalDate.of(2026, 12, 15)))
                .expectException(violation("meeting.action-item-already-assigned", "actionItemId"))
                .expectNoEvents();
    }

    @Test
    void cannotAssignActionItemWithoutDueDate() {
        fixture.given(STARTED)
                .when(new AssignActionItem(TENANT, MEETING, ACTION_ITEM, PER, "Inspect", null))
                .expectException(violation("validation.required", "due"))
                .expectNoEvents();
    }

    @Test
    void cannotAssignActionItemInCancelledMeeting() {
        fixture.given(SCHEDULED, CANCELLED)
                .when(new AssignActionItem(TENANT, MEETING, ACTION_ITEM, PER, "Inspect", LocalDate.of(2026, 12, 15)))
                .expectException(violation("meeting.cancelled"))
                .expectNoEvents();
    }

    @Test
    void canCompleteActionItem() {
        fixture.given(STARTED, ACTION_ITEM_ASSIGNED)
                .when(new CompleteActionItem(TENANT, MEETING, ACTION_ITEM))
                .expectEvents(new ActionItemCompleted(TENANT, MEETING, ACTION_ITEM));
    }

    @Test
    void cannotCompleteActionItemTwice() {
        fixture.given(STARTED, ACTION_ITEM_ASSIGNED, new ActionItemCompleted(TENANT, MEETING, ACTION_ITEM))
                .when(new CompleteActionItem(TENANT, MEETING, ACTION_ITEM))
                .expectException(violation("meeting.action-item-already-completed", "actionItemId"))
                .expectNoEvents();
    }

    @Test
    void cannotCompleteUnknownActionItem() {
        fixture.given(STARTED)
                .when(new CompleteActionItem(TENANT, MEETING, ACTION_ITEM))
                .expectException(notFound("meeting.unknown-action-item", "actionItemId"))
                .expectNoEvents();
    }

    @Test
    void commandOfAnotherTenantLooksLikeMissingAggregate() {
        fixture.given(STARTED)
                .when(new RecordMinutes(OTHER_TENANT, MEETING, "Text"))
                .expectException(AggregateNotFoundException.class)
                .expectExceptionMessage(Tenancy.NOT_FOUND_MESSAGE)
                .expectNoEvents();
    }
}
