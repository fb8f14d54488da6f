package forum.projections.meeting;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Narrows the calendar: one forum, the forums among a set (those a person reads), meetings starting at or after
 * {@code from} and before {@code to}. Each part may be null (no restriction); an empty set of forums admits none.
 */
public record MeetingFilter(UUID forumId, Set<UUID> forumsAmong, Instant from, Instant to) {

    public MeetingFilter(UUID forumId, Instant from, Instant to) {
        this(forumId, null, from, to);
    }

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null);
    }

    public static MeetingFilter forum(UUID forumId) {
        return new MeetingFilter(forumId, null, null);
    }

    /** The same, of these forums' meetings only. */
    public MeetingFilter among(Set<UUID> forums) {
        return new MeetingFilter(forumId, Set.copyOf(forums), from, to);
    }
}
