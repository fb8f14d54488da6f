package forum.projections.actionitem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A forum's board as of {@code today}, in three disjoint columns: open (due today or later), overdue
 * (open and due before today) and done. Open and overdue are sorted by due date, done by completion, latest first.
 */
public record ActionItemBoard(UUID forumId, LocalDate today, List<ActionItem> open, List<ActionItem> overdue,
                              List<ActionItem> done) {

    public ActionItemBoard {
        open = List.copyOf(open);
        overdue = List.copyOf(overdue);
        done = List.copyOf(done);
    }
}
