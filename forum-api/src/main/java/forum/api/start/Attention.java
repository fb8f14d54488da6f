package forum.api.start;

import java.util.List;

import forum.projections.actionitem.ActionItem;
import forum.projections.meeting.MeetingSummary;
import forum.projections.venue.VenueSummary;

/**
 * What needs a coordinator's attention now. {@code nextMeeting} is null when none is scheduled; the venue lists
 * hold the first few, their totals say how many there are.
 */
public record Attention(MeetingSummary nextMeeting, List<OverdueActionItem> overdueActionItems,
                        List<VenueSummary> venuesWithOpenIssues, long venuesWithOpenIssuesTotal,
                        List<VenueSummary> awaitingDecision) {

    /** An action item past its due date, with the forum it was assigned in. */
    public record OverdueActionItem(String forumName, ActionItem item) {
    }
}
