package forum.api.query;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A query parameter or path segment of the wrong type ({@code forumId=abc}, {@code from=yesterday}) or a
 * missing required one: 400 {@code validation} naming it, like a body that fails validation. Without this
 * Spring's own problem would answer, without the stable {@code code}. Only for {@link QueryController}s;
 * ordered before ProblemAdvice, which handles these exceptions for everyone else.
 */
@RestControllerAdvice(annotations = QueryController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryParameterAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException mismatch) {
        String expected = mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName();
        return body(QueryProblems.invalid(mismatch.getName(), "must be a valid " + expected));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing) {
        return body(QueryProblems.invalid(missing.getParameterName(), "is required"));
    }

    private static ProblemDetail body(ErrorResponseException problem) {
        return problem.getBody();
    }
}
