package forum.core.forum;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

/** {@code email} is optional. */
public record AddForumMember(UUID tenantId,
                             @TargetAggregateIdentifier UUID forumId,
                             UUID memberId,
                             @PersonalData String personName,
                             @PersonalData String email,
                             String organisation,
                             MemberRole role) implements TenantCommand {
}
