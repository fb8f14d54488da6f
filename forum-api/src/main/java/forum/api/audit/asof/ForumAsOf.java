package forum.api.audit.asof;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;

/**
 * A forum as it stood at {@code asOf}: its name and way of working, its members then (those removed before are
 * gone, those added after not yet there) and its coordinator then, if it had one.
 */
public record ForumAsOf(UUID forumId, Instant asOf, Instant lastChange, String name, ForumMethod method,
                        int meetingsPerYear, List<Member> members, UUID coordinatorMemberId) {

    public ForumAsOf {
        members = List.copyOf(members);
    }

    /** A member; the name and e-mail read as erased after the person's erasure. */
    public record Member(UUID memberId, Instant addedAt, String personName, String email, String organisation,
                         MemberRole role, boolean coordinator) {
    }

    /** The coordinator then, or null. */
    public Member coordinator() {
        return members.stream().filter(Member::coordinator).findFirst().orElse(null);
    }
}
