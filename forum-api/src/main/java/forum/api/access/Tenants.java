package forum.api.access;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

import forum.api.security.ForumUser;

/** The tenant a command acts in: always the signed-in user's, never one named by the request. */
public final class Tenants {

    private Tenants() {
    }

    /** Refuses (403) a user without a tenant, such as the platform operator. */
    public static UUID of(ForumUser user) {
        if (user == null || user.tenantId() == null) {
            throw new AccessDeniedException("The signed-in user acts in no municipality");
        }
        return user.tenantId();
    }
}
