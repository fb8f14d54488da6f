package forum.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;


@Revision("1")
public record MeetingRescheduled(UUID tenantId,
                                 UUID meetingId,
                                 Instant startsAt,
                                 Duration duration,
                                 String location) implements MeetingEvent {
}
