package forum.api.security;

/** The roles of DOMAIN.md; a user holds one or more within one tenant (the operator within none). */
public enum Role {
    OPERATOR,
    COORDINATOR,
    LICENSING_OFFICER,
    FORUM_MEMBER,
    NETWORK_COORDINATOR,
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
