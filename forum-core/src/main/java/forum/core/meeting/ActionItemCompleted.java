package forum.core.meeting;

import java.util.UUID;

import org.axonframework.serialization.Revision;


@Revision("1")
public record ActionItemCompleted(UUID tenantId, UUID meetingId, UUID actionItemId) implements MeetingEvent {
}
