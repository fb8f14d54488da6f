package forum.api.query;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import forum.api.problem.Problems;

/** The refusals of the read endpoints, shaped like the command endpoints' (ProblemAdvice renders them as they are). */
public final class QueryProblems {

    private QueryProblems() {
    }

    /**
     * The one answer for an identifier the user's municipality (or network) does not have: the same whether it
     * never existed or belongs to someone else, and the same as a command's answer for a missing aggregate.
     */
    public static ErrorResponseException notFound() {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource"), null);
    }

    /** Like a failed bean validation: 400 naming the parameter. */
    public static ErrorResponseException invalid(String parameter, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid");
        problem.setProperty("fields", List.of(Map.of("field", parameter, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
