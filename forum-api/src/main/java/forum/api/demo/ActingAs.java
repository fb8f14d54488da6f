package forum.api.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import forum.api.security.ForumUser;

/**
 * Sends the demo's commands as the person who would send them (the coordinator joins the network, the operator
 * creates it), so each event's metadata names its actor as in real use rather than "system".
 */
final class ActingAs {

    private ActingAs() {
    }

    static <T> T call(ForumUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(ForumUser user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }
}
