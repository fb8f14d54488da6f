package forum.projections.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * Narrows the calendar: one forum, meetings starting at or after {@code from} and before {@code to}.
 * Each part may be null (no restriction).
 */
public record MeetingFilter(UUID forumId, Instant from, Instant to) {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null);
    }

    public static MeetingFilter forum(UUID forumId) {
        return new MeetingFilter(forumId, null, null);
    }
}
