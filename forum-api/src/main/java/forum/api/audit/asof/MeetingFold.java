package forum.api.audit.asof;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** Folds a meeting's events, oldest first; its forum's members up to then name the people in it. */
final class MeetingFold {

    private final Map<UUID, ForumAsOf.Member> members;
    private MeetingScheduled scheduled;
    private Instant startsAt;
    private Duration duration;
    private String location;
    private Instant lastChange;
    private Instant cancelledAt;
    private String cancellationReason;
    private List<MeetingAsOf.Attendee> present = List.of();
    private List<MeetingAsOf.Attendee> absent = List.of();
    private String minutes;
    private Instant minutesApprovedAt;
    private final List<MeetingAsOf.Decision> decisions = new ArrayList<>();
    private final Map<UUID, MeetingAsOf.ActionItem> actionItems = new LinkedHashMap<>();

    private MeetingFold(Map<UUID, ForumAsOf.Member> members) {
        this.members = members;
    }

    /** The meeting at {@code asOf}; the history must start with its scheduling. */
    static MeetingAsOf fold(UUID meetingId, Instant asOf, List<Past> history, ForumAsOf forum,
                            Map<UUID, ForumAsOf.Member> members) {
        MeetingFold fold = new MeetingFold(members);
        history.forEach(fold::apply);
        return new MeetingAsOf(meetingId, fold.scheduled.forumId(), forum == null ? null : forum.name(), asOf,
                fold.lastChange, fold.startsAt, fold.duration, fold.location, fold.scheduled.agenda(),
                fold.cancelledAt, fold.cancellationReason, fold.present, fold.absent, fold.minutes,
                fold.minutesApprovedAt, fold.decisions, List.copyOf(fold.actionItems.values()));
    }

    private void apply(Past past) {
        Instant at = past.at();
        lastChange = at;
        if (past.event() instanceof MeetingScheduled meeting) {
            scheduled = meeting;
            startsAt = meeting.startsAt();
            duration = meeting.duration();
            location = meeting.location();
        } else if (past.event() instanceof MeetingRescheduled moved) {
            startsAt = moved.startsAt();
            duration = moved.duration();
            location = moved.location();
        } else if (past.event() instanceof MeetingCancelled cancelled) {
            cancelledAt = at;
            cancellationReason = cancelled.reason();
        } else if (past.event() instanceof AttendanceRecorded attendance) {
            present = attendance.present().stream().map(this::attendee).toList();
            absent = attendance.absent().stream().map(this::attendee).toList();
        } else if (past.event() instanceof MinutesRecorded recorded) {
            minutes = recorded.text();
        } else if (past.event() instanceof MinutesApproved) {
            minutesApprovedAt = at;
        } else if (past.event() instanceof DecisionRecorded decision) {
            decisions.add(new MeetingAsOf.Decision(at, decision.text()));
        } else if (past.event() instanceof ActionItemAssigned item) {
            actionItems.put(item.actionItemId(), new MeetingAsOf.ActionItem(item.actionItemId(), at,
                    item.ownerMemberId(), name(item.ownerMemberId()), item.what(), item.due(), null));
        } else if (past.event() instanceof ActionItemCompleted done) {
            actionItems.computeIfPresent(done.actionItemId(), (id, item) -> new MeetingAsOf.ActionItem(id,
                    item.assignedAt(), item.ownerMemberId(), item.ownerName(), item.what(), item.due(), at));
        }
    }

    private MeetingAsOf.Attendee attendee(Attendee attendee) {
        ForumAsOf.Member member = members.get(attendee.memberId());
        return new MeetingAsOf.Attendee(attendee.memberId(), member == null ? null : member.personName(),
                member == null ? null : member.organisation(), attendee.role());
    }

    private String name(UUID memberId) {
        ForumAsOf.Member member = members.get(memberId);
        return member == null ? null : member.personName();
    }
}
