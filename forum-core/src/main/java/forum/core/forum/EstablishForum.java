package forum.core.forum;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/** {@code meetingsPerYear} is the planned cadence, 1 to 52. */
public record EstablishForum(UUID tenantId,
                             @TargetAggregateIdentifier UUID forumId,
                             String name,
                             ForumMethod method,
                             int meetingsPerYear) implements TenantCommand {
}
