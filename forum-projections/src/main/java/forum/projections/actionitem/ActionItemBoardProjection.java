package forum.projections.actionitem;

import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.ActionItemCompleted;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

import static forum.projections.runtime.Rows.timestamp;

/** Keeps {@code action_item} and the forum and start of the meetings that assign them. */
@Component
class ActionItemBoardProjection implements Projection {

    private static final Set<Class<? extends DomainEvent>> HANDLED = Set.of(MeetingScheduled.class,
            MeetingRescheduled.class, ActionItemAssigned.class, ActionItemCompleted.class);

    private final ReadModelWrites writes;

    ActionItemBoardProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "action-item-board";
    }

    @Override
    public List<String> tables() {
        return List.of("action_item", "action_item_meeting");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return HANDLED.contains(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof MeetingScheduled scheduled) {
            writes.sql("""
                            insert into action_item_meeting (tenant_id, meeting_id, forum_id, starts_at)
                            values (:tenant, :meeting, :forum, :startsAt)
                            on conflict (tenant_id, meeting_id) do nothing
                            """)
                    .param("tenant", scheduled.tenantId())
                    .param("meeting", scheduled.meetingId())
                    .param("forum", scheduled.forumId())
                    .param("startsAt", timestamp(scheduled.startsAt()))
                    .queue();
        } else if (event instanceof MeetingRescheduled rescheduled) {
            writes.sql("""
                            update action_item_meeting set starts_at = :startsAt
                            where tenant_id = :tenant and meeting_id = :meeting
                            """)
                    .param("startsAt", timestamp(rescheduled.startsAt()))
                    .param("tenant", rescheduled.tenantId())
                    .param("meeting", rescheduled.meetingId())
                    .queue();
        } else if (event instanceof ActionItemAssigned assigned) {
            ActionItemRows.assigned(writes, "action_item", assigned, record.time());
        } else if (event instanceof ActionItemCompleted completed) {
            ActionItemRows.completed(writes, "action_item", completed, record.time());
        } else {
            throw unhandled(event);
        }
    }
}
