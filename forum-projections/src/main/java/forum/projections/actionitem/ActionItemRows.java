package forum.projections.actionitem;

import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.ActionItemCompleted;
import forum.projections.runtime.ReadModelWrites;

import java.time.Instant;

import static forum.projections.runtime.Rows.timestamp;

/**
 * Writes action items into a table of the shape (tenant_id, action_item_id, meeting_id, owner_member_id, what,
 * due, assigned_at, completed_at). The meeting detail and the action-item board each keep such a table of
 * their own, so each depends only on its own positions and can be rebuilt alone.
 */
public final class ActionItemRows {

    private ActionItemRows() {
    }

    public static void assigned(ReadModelWrites writes, String table, ActionItemAssigned assigned, Instant at) {
        writes.sql("insert into " + table + """
                         (tenant_id, action_item_id, meeting_id, owner_member_id, what, due, assigned_at)
                        values (:tenant, :item, :meeting, :owner, :what, :due, :at)
                        on conflict (tenant_id, action_item_id) do nothing
                        """)
                .param("tenant", assigned.tenantId())
                .param("item", assigned.actionItemId())
                .param("meeting", assigned.meetingId())
                .param("owner", assigned.ownerMemberId())
                .param("what", assigned.what())
                .param("due", assigned.due())
                .param("at", timestamp(at))
                .queue();
    }

    public static void completed(ReadModelWrites writes, String table, ActionItemCompleted completed, Instant at) {
        writes.sql("update " + table + """
                         set completed_at = :at
                        where tenant_id = :tenant and meeting_id = :meeting and action_item_id = :item
                        """)
                .param("at", timestamp(at))
                .param("tenant", completed.tenantId())
                .param("meeting", completed.meetingId())
                .param("item", completed.actionItemId())
                .queue();
    }
}
