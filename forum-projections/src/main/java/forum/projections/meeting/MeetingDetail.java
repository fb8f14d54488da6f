package forum.projections.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting's page. {@code carriedOverActionItems} are the open items assigned in earlier meetings of the
 * same forum; {@code actionItems} those assigned in this one. {@code cancellation} and {@code minutes}
 * are null when there are none.
 */
public record MeetingDetail(UUID meetingId, UUID forumId, String forumName, Instant startsAt, Instant endsAt,
                            String location, List<String> agenda, MeetingStatus status, Cancellation cancellation,
                            List<Attendance> attendance, Minutes minutes, List<MeetingDecision> decisions,
                            List<MeetingActionItem> actionItems, List<MeetingActionItem> carriedOverActionItems) {

    public MeetingDetail {
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
        decisions = List.copyOf(decisions);
        actionItems = List.copyOf(actionItems);
        carriedOverActionItems = List.copyOf(carriedOverActionItems);
    }
}
