package forum.core.forum;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The member replaces any previous coordinator of the forum. */
@Revision("1")
public record CoordinatorAppointed(UUID tenantId, UUID forumId, UUID memberId) implements ForumEvent {
}
