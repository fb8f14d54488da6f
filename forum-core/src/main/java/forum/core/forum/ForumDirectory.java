package forum.core.forum;

import java.util.Optional;
import java.util.UUID;

/**
 * Port through which other aggregates' command handlers learn about a forum; Axon injects it as a handler
 * parameter. A forum of another tenant is not found.
 */
public interface ForumDirectory {

    Optional<ForumView> find(UUID tenantId, UUID forumId);
}
