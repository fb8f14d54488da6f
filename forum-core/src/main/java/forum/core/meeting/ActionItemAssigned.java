package forum.core.meeting;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

@Revision("1")
public record ActionItemAssigned(UUID tenantId,
                                 UUID meetingId,
                                 UUID actionItemId,
                                 UUID ownerMemberId,
                                 @PersonalData(subject = "action-item", of = "actionItemId") String what,
                                 LocalDate due) implements MeetingEvent {
}
