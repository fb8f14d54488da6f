package forum.projections.forum;

import forum.core.forum.ForumMethod;

import java.time.Instant;
import java.util.UUID;

/** One line of the forum list; the coordinator fields are null while the forum has none. */
public record ForumSummary(UUID forumId, String name, ForumMethod method, int meetingsPerYear, int memberCount,
                           UUID coordinatorMemberId, String coordinatorName, Instant establishedAt) {
}
