package forum.projections.actionitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One card on the board. {@code what} is free text and the owner's name personal data;
 * {@code completedAt} is null while the item is open.
 */
public record ActionItem(UUID actionItemId, UUID meetingId, Instant meetingStartsAt, UUID ownerMemberId,
                         String ownerName, String what, LocalDate due, Instant assignedAt, Instant completedAt) {

    public boolean done() {
        return completedAt != null;
    }

    /** Open and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !done() && due.isBefore(today);
    }
}
