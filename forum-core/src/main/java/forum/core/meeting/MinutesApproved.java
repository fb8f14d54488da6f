package forum.core.meeting;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The minutes are final from now on. */
@Revision("1")
public record MinutesApproved(UUID tenantId, UUID meetingId) implements MeetingEvent {
}
