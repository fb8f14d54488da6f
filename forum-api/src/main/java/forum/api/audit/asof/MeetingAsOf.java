package forum.api.audit.asof;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import forum.core.forum.MemberRole;

/**
 * A meeting as it stood at {@code asOf}: when and where it was to be held then, its agenda, whether it was cancelled,
 * the attendance recorded, the minutes (and whether approved), the decisions and the action items with their state.
 * People are named as the forum knew them then; an erased person reads as erased.
 */
public record MeetingAsOf(UUID meetingId, UUID forumId, String forumName, Instant asOf, Instant lastChange,
                          Instant startsAt, Duration duration, String location, List<String> agenda,
                          Instant cancelledAt, String cancellationReason, List<Attendee> present,
                          List<Attendee> absent, String minutes, Instant minutesApprovedAt, List<Decision> decisions,
                          List<ActionItem> actionItems) {

    public MeetingAsOf {
        agenda = List.copyOf(agenda);
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        decisions = List.copyOf(decisions);
        actionItems = List.copyOf(actionItems);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean attendanceRecorded() {
        return !present.isEmpty() || !absent.isEmpty();
    }

    /** A member in the attendance; {@code name} null for a member the forum's history does not name. */
    public record Attendee(UUID memberId, String name, String organisation, MemberRole role) {
    }

    public record Decision(Instant recordedAt, String text) {
    }

    /** An action item; {@code completedAt} null while it was open. */
    public record ActionItem(UUID actionItemId, Instant assignedAt, UUID ownerMemberId, String ownerName,
                             String what, LocalDate due, Instant completedAt) {

        public boolean completed() {
            return completedAt != null;
        }
    }
}
