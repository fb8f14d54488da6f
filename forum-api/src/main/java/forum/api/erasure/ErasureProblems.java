package forum.api.erasure;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import forum.api.problem.Problems;

/** The refusals of this package as problem details; ProblemAdvice renders an ErrorResponseException's body as it is. */
final class ErasureProblems {

    private ErasureProblems() {
    }

    /** Like a failed bean validation: 400 naming the field. */
    static ErrorResponseException invalid(String field, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid");
        problem.setProperty("fields", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail), null);
    }
}
