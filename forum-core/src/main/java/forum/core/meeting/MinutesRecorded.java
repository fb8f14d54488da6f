package forum.core.meeting;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;
/** Replaces earlier minutes of the meeting. */
@Revision("1")
public record MinutesRecorded(UUID tenantId, UUID meetingId, @PersonalData String text) implements MeetingEvent {
}
