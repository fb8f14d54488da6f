package forum.projections.forum;

import forum.core.forum.MemberRole;

import java.time.Instant;
import java.util.UUID;

/** A current member of a forum; {@code email} may be null. Names and e-mails are personal data. */
public record ForumMember(UUID memberId, String personName, String email, String organisation, MemberRole role,
                          boolean coordinator, Instant addedAt) {
}
