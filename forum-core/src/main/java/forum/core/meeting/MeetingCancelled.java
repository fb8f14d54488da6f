package forum.core.meeting;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

@Revision("1")
public record MeetingCancelled(UUID tenantId, UUID meetingId, @PersonalData(subject = "meeting", of = "meetingId") String reason) implements MeetingEvent {
}
