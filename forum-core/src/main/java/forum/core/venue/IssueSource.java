package forum.core.venue;

public enum IssueSource {
    POLICE, INSPECTION, FORUM_MEMBER, PUBLIC
}
