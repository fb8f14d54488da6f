package forum.core.forum;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

/** {@code email} may be null. */
@Revision("1")
public record ForumMemberAdded(UUID tenantId,
                               UUID forumId,
                               UUID memberId,
                               @PersonalData(subject = "member", of = "memberId") String personName,
                               @PersonalData(subject = "member", of = "memberId") String email,
                               String organisation,
                               MemberRole role) implements ForumEvent {
}
