package forum.projections.networkstatistics;

import forum.core.forum.MemberRole;
import forum.core.meeting.AttendanceRecorded;
import forum.core.meeting.Attendee;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.MeetingEvent;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesRecorded;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static forum.projections.runtime.Rows.timestamp;

/**
 * Per meeting: when it starts, whether it was cancelled, whether attendance or minutes were recorded, and
 * present and absent members per role. Whether it counts as held, and in which quarter, is counted by the database
 * into statistics_quarter whenever a statement writes these tables (V2026_12_10_70).
 */
@Component
class MeetingStatisticsProjection implements Projection {

    private static final Set<Class<? extends DomainEvent>> HANDLED = Set.of(MeetingScheduled.class,
            MeetingRescheduled.class, MeetingCancelled.class, AttendanceRecorded.class, MinutesRecorded.class);

    private final ReadModelWrites writes;

    MeetingStatisticsProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "network-statistics-meetings";
    }

    @Override
    public List<String> tables() {
        return List.of("statistics_meeting", "statistics_attendance", "statistics_quarter");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return HANDLED.contains(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof MeetingScheduled scheduled) {
            writes.sql("""
                            insert into statistics_meeting (tenant_id, meeting_id, starts_at) values (:tenant, :meeting, :startsAt)
                            on conflict (tenant_id, meeting_id) do nothing
                            """)
                    .param("tenant", scheduled.tenantId())
                    .param("meeting", scheduled.meetingId())
                    .param("startsAt", timestamp(scheduled.startsAt()))
                    .queue();
        } else if (event instanceof MeetingRescheduled rescheduled) {
            update("starts_at = :startsAt", rescheduled).param("startsAt", timestamp(rescheduled.startsAt())).queue();
        } else if (event instanceof MeetingCancelled cancelled) {
            update("cancelled = true", cancelled).queue();
        } else if (event instanceof MinutesRecorded minutes) {
            update("minutes_recorded = true", minutes).queue();
        } else if (event instanceof AttendanceRecorded attendance) {
            update("attendance_recorded = true", attendance).queue();
            replaceAttendance(attendance);
        } else {
            throw unhandled(event);
        }
    }

    private ReadModelWrites.Write update(String assignment, MeetingEvent event) {
        return writes.sql("update statistics_meeting set " + assignment
                        + " where tenant_id = :tenant and meeting_id = :meeting")
                .param("tenant", event.tenantId())
                .param("meeting", event.meetingId());
    }

    private void replaceAttendance(AttendanceRecorded attendance) {
        writes.sql("delete from statistics_attendance where tenant_id = :tenant and meeting_id = :meeting")
                .param("tenant", attendance.tenantId())
                .param("meeting", attendance.meetingId())
                .queue();
        Map<MemberRole, int[]> byRole = new EnumMap<>(MemberRole.class);
        count(byRole, attendance.present(), 0);
        count(byRole, attendance.absent(), 1);
        byRole.forEach((role, presentAbsent) -> writes.sql("""
                        insert into statistics_attendance (tenant_id, meeting_id, role, present, absent)
                        values (:tenant, :meeting, :role, :present, :absent)
                        """)
                .param("tenant", attendance.tenantId())
                .param("meeting", attendance.meetingId())
                .param("role", role.name())
                .param("present", presentAbsent[0])
                .param("absent", presentAbsent[1])
                .queue());
    }

    private static void count(Map<MemberRole, int[]> byRole, List<Attendee> attendees, int column) {
        if (attendees != null) {
            attendees.forEach(attendee -> byRole.computeIfAbsent(attendee.role(), role -> new int[2])[column]++);
        }
    }
}
