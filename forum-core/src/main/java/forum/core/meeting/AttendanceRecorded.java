package forum.core.meeting;

import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Present and absent forum members with their roles, each sorted by member id; replaces earlier attendance. */
@Revision("1")
public record AttendanceRecorded(UUID tenantId,
                                 UUID meetingId,
                                 UUID forumId,
                                 List<Attendee> present,
                                 List<Attendee> absent) implements MeetingEvent {
}
