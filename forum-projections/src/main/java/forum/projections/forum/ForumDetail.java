package forum.projections.forum;

import forum.core.forum.ForumMethod;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A forum with its current members, sorted by name; {@code coordinator} is null while the forum has none. */
public record ForumDetail(UUID forumId, String name, ForumMethod method, int meetingsPerYear, Instant establishedAt,
                          ForumMember coordinator, List<ForumMember> members) {

    public ForumDetail {
        members = List.copyOf(members);
    }
}
