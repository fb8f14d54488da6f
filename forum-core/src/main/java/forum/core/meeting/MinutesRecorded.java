package forum.core.meeting;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;
/** Replaces earlier minutes of the meeting. */
@Revision("1")
public record MinutesRecorded(UUID tenantId, UUID meetingId, @PersonalData(subject = "meeting", of = "meetingId") String text) implements MeetingEvent {
}
