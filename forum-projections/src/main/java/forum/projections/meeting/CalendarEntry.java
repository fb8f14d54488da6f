package forum.projections.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as a calendar holds it: when, where, the agenda, and whether it was cancelled. {@code reschedules}
 * counts its moves, so that the entry's revision grows with each.
 */
public record CalendarEntry(UUID meetingId, UUID forumId, String forumName, Instant startsAt, Instant endsAt,
                            String location, List<String> agenda, boolean cancelled, int reschedules) {

    public CalendarEntry {
        agenda = List.copyOf(agenda);
    }
}
