package forum.core.forum;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** If the member was the coordinator, the forum has no coordinator afterwards. */
@Revision("1")
public record ForumMemberRemoved(UUID tenantId, UUID forumId, UUID memberId) implements ForumEvent {
}
