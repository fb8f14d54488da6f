package forum.api.audit.asof;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import forum.core.forum.CoordinatorAppointed;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMemberRemoved;

/** Folds a forum's events, oldest first, into its name, members and coordinator. */
final class ForumFold {

    private ForumEstablished forum;
    private Instant lastChange;
    private final Map<UUID, ForumAsOf.Member> members = new LinkedHashMap<>();
    private UUID coordinator;

    private ForumFold() {
    }

    /** The forum at {@code asOf}; the history must start with its establishment. */
    static ForumAsOf fold(UUID forumId, Instant asOf, List<Past> history) {
        ForumFold fold = new ForumFold();
        history.forEach(fold::apply);
        List<ForumAsOf.Member> members = fold.members.values().stream().map(member -> new ForumAsOf.Member(
                member.memberId(), member.addedAt(), member.personName(), member.email(), member.organisation(),
                member.role(), member.memberId().equals(fold.coordinator))).toList();
        return new ForumAsOf(forumId, asOf, fold.lastChange, fold.forum.name(), fold.forum.method(),
                fold.forum.meetingsPerYear(), members, fold.coordinator);
    }

    /** Everyone the forum had as a member up to then, removed ones too: the names a meeting's records use. */
    static Map<UUID, ForumAsOf.Member> everyMember(List<Past> history) {
        Map<UUID, ForumAsOf.Member> everyone = new LinkedHashMap<>();
        ForumFold fold = new ForumFold();
        history.forEach(past -> {
            fold.apply(past);
            everyone.putAll(fold.members);
        });
        return everyone;
    }

    private void apply(Past past) {
        lastChange = past.at();
        if (past.event() instanceof ForumEstablished established) {
            forum = established;
        } else if (past.event() instanceof ForumMemberAdded added) {
            members.put(added.memberId(), new ForumAsOf.Member(added.memberId(), past.at(), added.personName(),
                    added.email(), added.organisation(), added.role(), false));
        } else if (past.event() instanceof ForumMemberRemoved removed) {
            members.remove(removed.memberId());
            if (removed.memberId().equals(coordinator)) {
                coordinator = null;
            }
        } else if (past.event() instanceof CoordinatorAppointed appointed) {
            coordinator = appointed.memberId();
        }
    }
}
