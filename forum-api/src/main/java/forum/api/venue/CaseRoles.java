package forum.api.venue;

import forum.api.security.ForumUser;
import forum.api.security.Role;

/**
 * Which actions a page offers the person: the same roles as {@link forum.api.access.Allowed.CaseWorkers} and
 * {@link forum.api.access.Allowed.IssueReporters}, which the handlers enforce; this only hides what would be refused.
 */
final class CaseRoles {

    private CaseRoles() {
    }

    static boolean worksCases(ForumUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.LICENSING_OFFICER);
    }

    static boolean reportsIssues(ForumUser user) {
        return worksCases(user) || user.has(Role.FORUM_MEMBER);
    }
}
