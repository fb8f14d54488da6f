package forum.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;


@Revision("1")
public record MeetingScheduled(UUID tenantId,
                               UUID meetingId,
                               UUID forumId,
                               Instant startsAt,
                               Duration duration,
                               String location,
                               List<String> agenda) implements MeetingEvent {
}
