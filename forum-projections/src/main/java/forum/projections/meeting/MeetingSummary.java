package forum.projections.meeting;

import java.time.Instant;
import java.util.UUID;

/** One line of the calendar; {@code forumName} is null until the forum's own events have been read. */
public record MeetingSummary(UUID meetingId, UUID forumId, String forumName, Instant startsAt, Instant endsAt,
                             String location, MeetingStatus status, boolean minutesApproved) {
}
