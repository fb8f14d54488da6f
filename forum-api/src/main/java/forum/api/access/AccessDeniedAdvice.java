package forum.api.access;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import forum.api.problem.Problems;

/**
 * A signed-in user whose role may not do what they asked: 403 as a problem detail. Without this the
 * refusal would leave MVC and reach Spring Security's handler, which answers with the container's error page.
 * Ordered first so that a catch-all handler elsewhere cannot turn a refusal into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this");
    }
}
