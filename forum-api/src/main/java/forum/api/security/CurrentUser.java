package forum.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The user of the current request, if any. */
public final class CurrentUser {

    /** Actor recorded for work the application does itself, such as creating the demo tenant. */
    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private CurrentUser() {
    }

    public static Optional<ForumUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ForumUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static String actorId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        return get().map(user -> user.userId().toString()).orElse(ANONYMOUS);
    }
}
