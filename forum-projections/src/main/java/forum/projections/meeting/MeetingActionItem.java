package forum.projections.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item and the meeting that assigned it; {@code completedAt} is null while it is open.
 * {@code what} is free text and the owner's name personal data.
 */
public record MeetingActionItem(UUID actionItemId, UUID meetingId, Instant meetingStartsAt, UUID ownerMemberId,
                                String ownerName, String what, LocalDate due, Instant assignedAt,
                                Instant completedAt) {

    public boolean open() {
        return completedAt == null;
    }
}
