package forum.core.forum;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record RemoveForumMember(UUID tenantId,
                                @TargetAggregateIdentifier UUID forumId,
                                UUID memberId) implements TenantCommand {
}
