package forum.core.forum;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What other aggregates may know of a forum: its current members and their roles. */
public record ForumView(UUID tenantId,
                        UUID forumId,
                        String name,
                        Map<UUID, MemberRole> members,
                        UUID coordinatorMemberId) {

    public ForumView {
        members = Map.copyOf(members);
    }

    public boolean isMember(UUID memberId) {
        return memberId != null && members.containsKey(memberId);
    }

    public Optional<MemberRole> roleOf(UUID memberId) {
        return Optional.ofNullable(memberId == null ? null : members.get(memberId));
    }

    /** Folds one event into the view; {@code view} is null before {@link ForumEstablished}. */
    public static ForumView apply(ForumView view, ForumEvent event) {
        if (event instanceof ForumEstablished established) {
            return new ForumView(established.tenantId(), established.forumId(), established.name(), Map.of(), null);
        }
        if (view == null) {
            return null;
        }
        Map<UUID, MemberRole> members = new HashMap<>(view.members);
        UUID coordinator = view.coordinatorMemberId;
        if (event instanceof ForumMemberAdded added) {
            members.put(added.memberId(), added.role());
        } else if (event instanceof ForumMemberRemoved removed) {
            members.remove(removed.memberId());
            coordinator = removed.memberId().equals(coordinator) ? null : coordinator;
        } else if (event instanceof CoordinatorAppointed appointed) {
            coordinator = appointed.memberId();
        }
        return new ForumView(view.tenantId, view.forumId, view.name, members, coordinator);
    }
}
