package forum.projections.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.ActionItemCompleted;
import forum.core.meeting.AttendanceRecorded;
import forum.core.meeting.Attendee;
import forum.core.meeting.DecisionRecorded;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.MeetingEvent;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesApproved;
import forum.core.meeting.MinutesRecorded;
import forum.core.shared.DomainEvent;
import forum.projections.actionitem.ActionItemRows;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

import static forum.projections.runtime.Rows.timestamp;

/** Keeps the meeting tables; every statement names the event's tenant. */
@Component
class MeetingProjection implements Projection {

    private final ReadModelWrites writes;
    private final ObjectMapper json;

    MeetingProjection(ReadModelWrites writes, ObjectMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public List<String> tables() {
        return List.of("meeting", "meeting_attendance", "meeting_decision", "meeting_action_item");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return MeetingEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof MeetingScheduled scheduled) {
            writes.sql("""
                            insert into meeting (tenant_id, meeting_id, forum_id, starts_at, ends_at, location, agenda,
                                                 scheduled_at)
                            values (:tenant, :meeting, :forum, :startsAt, :endsAt, :location, cast(:agenda as jsonb), :at)
                            on conflict (tenant_id, meeting_id) do nothing
                            """)
                    .param("tenant", scheduled.tenantId())
                    .param("meeting", scheduled.meetingId())
                    .param("forum", scheduled.forumId())
                    .param("startsAt", timestamp(scheduled.startsAt()))
                    .param("endsAt", timestamp(scheduled.startsAt().plus(scheduled.duration())))
                    .param("location", scheduled.location())
                    .param("agenda", agendaJson(scheduled.agenda()))
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof MeetingRescheduled rescheduled) {
            meetingUpdate("""
                    starts_at = :startsAt, ends_at = :endsAt, location = :location,
                    reschedules = reschedules + 1""", rescheduled)
                    .param("startsAt", timestamp(rescheduled.startsAt()))
                    .param("endsAt", timestamp(rescheduled.startsAt().plus(rescheduled.duration())))
                    .param("location", rescheduled.location())
                    .queue();
        } else if (event instanceof MeetingCancelled cancelled) {
            meetingUpdate("cancelled_at = :at, cancellation_reason = :reason", cancelled)
                    .param("at", timestamp(record.time()))
                    .param("reason", cancelled.reason())
                    .queue();
        } else if (event instanceof AttendanceRecorded attendance) {
            recordAttendance(attendance, record);
        } else if (event instanceof MinutesRecorded minutes) {
            meetingUpdate("minutes = :text, minutes_recorded_at = :at", minutes)
                    .param("text", minutes.text())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof MinutesApproved approved) {
            meetingUpdate("minutes_approved_at = :at", approved)
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof DecisionRecorded decision) {
            writes.sql("""
                            insert into meeting_decision (tenant_id, meeting_id, sequence, text, recorded_at)
                            values (:tenant, :meeting, :sequence, :text, :at)
                            on conflict (tenant_id, meeting_id, sequence) do nothing
                            """)
                    .param("tenant", decision.tenantId())
                    .param("meeting", decision.meetingId())
                    .param("sequence", record.sequence())
                    .param("text", decision.text())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof ActionItemAssigned assigned) {
            ActionItemRows.assigned(writes, "meeting_action_item", assigned, record.time());
        } else if (event instanceof ActionItemCompleted completed) {
            ActionItemRows.completed(writes, "meeting_action_item", completed, record.time());
        } else {
            throw unhandled(event);
        }
    }

    private ReadModelWrites.Write meetingUpdate(String assignments, MeetingEvent event) {
        return writes.sql("update meeting set " + assignments + " where tenant_id = :tenant and meeting_id = :meeting")
                .param("tenant", event.tenantId())
                .param("meeting", event.meetingId());
    }

    private void recordAttendance(AttendanceRecorded attendance, DomainEventRecord record) {
        writes.sql("delete from meeting_attendance where tenant_id = :tenant and meeting_id = :meeting")
                .param("tenant", attendance.tenantId())
                .param("meeting", attendance.meetingId())
                .queue();
        insertAttendees(attendance.tenantId(), attendance.meetingId(), attendance.present(), true);
        insertAttendees(attendance.tenantId(), attendance.meetingId(), attendance.absent(), false);
        meetingUpdate("attendance_recorded_at = :at", attendance)
                .param("at", timestamp(record.time()))
                .queue();
    }

    private void insertAttendees(UUID tenant, UUID meeting, List<Attendee> attendees, boolean present) {
        for (Attendee attendee : attendees) {
            writes.sql("""
                            insert into meeting_attendance (tenant_id, meeting_id, member_id, role, present)
                            values (:tenant, :meeting, :member, :role, :present)
                            on conflict (tenant_id, meeting_id, member_id) do update
                            set role = excluded.role, present = excluded.present
                            """)
                    .param("tenant", tenant)
                    .param("meeting", meeting)
                    .param("member", attendee.memberId())
                    .param("role", attendee.role().name())
                    .param("present", present)
                    .queue();
        }
    }

    private String agendaJson(List<String> agenda) {
        try {
            return json.writeValueAsString(agenda == null ? List.of() : agenda);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The agenda cannot be written as JSON", e);
        }
    }
}
