package forum.core.forum;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface ForumEvent extends DomainEvent
        permits ForumEstablished, ForumMemberAdded, ForumMemberRemoved, CoordinatorAppointed {

    UUID tenantId();

    UUID forumId();
}
