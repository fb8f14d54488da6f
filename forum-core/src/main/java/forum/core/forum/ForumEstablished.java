package forum.core.forum;

import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ForumEstablished(UUID tenantId,
                               UUID forumId,
                               String name,
                               ForumMethod method,
                               int meetingsPerYear) implements ForumEvent {
}
