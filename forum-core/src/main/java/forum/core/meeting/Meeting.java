package forum.core.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

import forum.core.forum.ForumDirectory;
import forum.core.forum.ForumView;
import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;
import forum.core.shared.TenantCommand;
import forum.core.shared.Tenancy;

public class Meeting {

    static final Duration LONGEST_MEETING = Duration.ofHours(24);
    static final int AGENDA_ITEMS = 100;
    static final int AGENDA_ITEM_LENGTH = 1_000;
    static final int ATTENDEES = 500;

    @AggregateIdentifier
    private UUID meetingId;
    private UUID tenantId;
    private UUID forumId;
    private Instant startsAt;
    private boolean cancelled;
    private boolean minutesRecorded;
    private boolean minutesApproved;
    private final Map<UUID, Boolean> actionItemCompleted = new HashMap<>();

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    protected Meeting() {
    }

    @CommandHandler
    public Meeting(ScheduleMeeting command, ForumDirectory forums, Clock clock) {
        Require.present(command.tenantId(), "tenantId");
        Require.present(command.meetingId(), "meetingId");
        Require.present(command.forumId(), "forumId");
        requireFuture(command.startsAt(), clock);
        Require.duration(command.duration(), "duration", LONGEST_MEETING);
        Require.text(command.location(), "location", Require.LINE);
        Require.texts(command.agenda(), "agenda", AGENDA_ITEMS, AGENDA_ITEM_LENGTH);
        if (forums.find(command.tenantId(), command.forumId()).isEmpty()) {
            throw DomainRuleViolation.notFound("meeting.unknown-forum", "forumId", "The forum does not exist");
        }
        apply(new MeetingScheduled(command.tenantId(), command.meetingId(), command.forumId(), command.startsAt(),
                command.duration(), command.location(), List.copyOf(command.agenda())));
    }

    @CommandHandlerInterceptor
    void sameTenant(TenantCommand command) {
        Tenancy.requireSameTenant(tenantId, command, meetingId);
    }

    @CommandHandler
    public void handle(RescheduleMeeting command, Clock clock) {
        requireNotCancelled();
        requireNotHeld();
        requireFuture(command.startsAt(), clock);
        Require.duration(command.duration(), "duration", LONGEST_MEETING);
        Require.text(command.location(), "location", Require.LINE);
        apply(new MeetingRescheduled(tenantId, meetingId, command.startsAt(), command.duration(), command.location()));
    }

    @CommandHandler
    public void handle(CancelMeeting command) {
        requireNotCancelled();
        requireNotHeld();
        Require.text(command.reason(), "reason", Require.FREE_TEXT);
        apply(new MeetingCancelled(tenantId, meetingId, command.reason()));
    }

    @CommandHandler
    public void handle(RecordAttendance command, ForumDirectory forums) {
        requireNotCancelled();
        Require.elements(command.presentMemberIds(), "presentMemberIds", ATTENDEES);
        ForumView forum = forums.find(tenantId, forumId)
                .orElseThrow(() -> DomainRuleViolation.notFound("meeting.unknown-forum", null, "The forum does not exist"));
        if (!command.presentMemberIds().stream().allMatch(forum::isMember)) {
            throw new DomainRuleViolation("meeting.attendee-not-a-member", "presentMemberIds",
                    "Attendance can only be recorded for members of the forum");
        }
        List<Attendee> members = forum.members().entrySet().stream()
                .map(member -> new Attendee(member.getKey(), member.getValue()))
                .sorted(Comparator.comparing(Attendee::memberId))
                .toList();
        apply(new AttendanceRecorded(tenantId, meetingId, forumId,
                members.stream().filter(a -> command.presentMemberIds().contains(a.memberId())).toList(),
                members.stream().filter(a -> !command.presentMemberIds().contains(a.memberId())).toList()));
    }

    @CommandHandler
    public void handle(RecordMinutes command, Clock clock) {
        requireNotCancelled();
        requireMinutesNotApproved();
        if (clock.instant().isBefore(startsAt)) {
            throw new DomainRuleViolation("meeting.not-started",
                    "Minutes can be recorded once the meeting has started");
        }
        Require.text(command.text(), "text", Require.FREE_TEXT);
        apply(new MinutesRecorded(tenantId, meetingId, command.text()));
    }

    @CommandHandler
    public void handle(ApproveMinutes command) {
        requireMinutesNotApproved();
        if (!minutesRecorded) {
            throw new DomainRuleViolation("meeting.no-minutes", "There are no minutes to approve");
        }
        apply(new MinutesApproved(tenantId, meetingId));
    }

    @CommandHandler
    public void handle(RecordDecision command) {
        requireNotCancelled();
        Require.text(command.text(), "text", Require.FREE_TEXT);
        apply(new DecisionRecorded(tenantId, meetingId, command.text()));
    }

    @CommandHandler
    public void handle(AssignActionItem command, ForumDirectory forums) {
        requireNotCancelled();
        Require.present(command.actionItemId(), "actionItemId");
        Require.present(command.ownerMemberId(), "ownerMemberId");
        Require.text(command.what(), "what", Require.FREE_TEXT);
        Require.present(command.due(), "due");
        if (actionItemCompleted.containsKey(command.actionItemId())) {
            throw DomainRuleViolation.conflict("meeting.action-item-already-assigned", "actionItemId",
                    "The action item is already assigned");
        }
        if (!forums.find(tenantId, forumId).map(forum -> forum.isMember(command.ownerMemberId())).orElse(false)) {
            throw new DomainRuleViolation("meeting.owner-not-a-member", "ownerMemberId",
                    "An action item is owned by a member of the forum");
        }
        apply(new ActionItemAssigned(tenantId, meetingId, command.actionItemId(), command.ownerMemberId(),
                command.what(), command.due()));
    }

    @CommandHandler
    public void handle(CompleteActionItem command) {
        Boolean completed = actionItemCompleted.get(command.actionItemId());
        if (completed == null) {
            throw DomainRuleViolation.notFound("meeting.unknown-action-item", "actionItemId", "No such action item");
        }
        if (completed) {
            throw DomainRuleViolation.conflict("meeting.action-item-already-completed", "actionItemId",
                    "The action item is already completed");
        }
        apply(new ActionItemCompleted(tenantId, meetingId, command.actionItemId()));
    }

    private static void requireFuture(Instant startsAt, Clock clock) {
        if (Require.present(startsAt, "startsAt").isBefore(clock.instant())) {
            throw new DomainRuleViolation("meeting.starts-in-past", "startsAt", "A meeting cannot start in the past");
        }
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw new DomainRuleViolation("meeting.cancelled", "The meeting is cancelled");
        }
    }

    private void requireNotHeld() {
        if (minutesRecorded) {
            throw new DomainRuleViolation("meeting.already-held", "The meeting has minutes: it was held");
        }
    }

    private void requireMinutesNotApproved() {
        if (minutesApproved) {
            throw new DomainRuleViolation("meeting.minutes-already-approved", "Approved minutes are final");
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        tenantId = event.tenantId();
        forumId = event.forumId();
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(MeetingRescheduled event) {
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(MinutesRecorded event) {
        minutesRecorded = true;
    }

    @EventSourcingHandler
    void on(MinutesApproved event) {
        minutesApproved = true;
    }

    @EventSourcingHandler
    void on(ActionItemAssigned event) {
        actionItemCompleted.put(event.actionItemId(), false);
    }

    @EventSourcingHandler
    void on(ActionItemCompleted event) {
        actionItemCompleted.put(event.actionItemId(), true);
    }
}
