package forum.projections.actionitem;

import java.util.UUID;

/** How many of a forum's action items one member owns, per column of the board. The name is personal data. */
public record OwnerLoad(UUID ownerMemberId, String ownerName, int open, int overdue, int done) {
}
