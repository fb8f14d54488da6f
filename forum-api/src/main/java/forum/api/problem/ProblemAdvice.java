package forum.api.problem;

import forum.core.shared.DomainRuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every error of the API as a problem detail; never a stack trace. Domain rules refuse with their
 * stable code; an aggregate of another tenant answers exactly like a missing one.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolated(DomainRuleViolation violation) {
        return switch (violation.kind()) {
            // A reference to something that does not exist in the caller's municipality: the same answer
            // whether it never existed or belongs to another tenant.
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, violation.code(), "Not found", violation.getMessage());
            // One rule for every refusal by the current state: 409 with the rule's own code.
            case CONFLICT, REFUSED -> {
                ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, violation.code(),
                        "Conflicts with the current state", violation.getMessage());
                violation.field().ifPresent(field -> problem.setProperty("fields",
                        List.of(Map.of("field", field, "message", violation.getMessage()))));
                yield problem;
            }
            case INVALID -> {
                ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, violation.code(), "Invalid request",
                        violation.getMessage());
                violation.field().ifPresent(field -> problem.setProperty("fields",
                        List.of(Map.of("field", field, "message", violation.getMessage()))));
                yield problem;
            }
        };
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException duplicate) {
        return Problems.of(HttpStatus.CONFLICT, "already-exists", "Already exists",
                "A resource with this identity exists already");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else",
                "Someone changed this at the same time; load it again and retry");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException conflict) {
        return Problems.of(HttpStatus.CONFLICT, conflict.code(), "Conflict", conflict.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid");
        List<Map<String, String>> fields = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Names the field whose value could not be read (a wrong type, an unknown enum value, an empty id). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(UnreadableBody.problem(unreadable));
    }

    /** A path segment or query parameter of the wrong type ({@code venueId=abc}, {@code from=yesterday}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        String expected = mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(invalid(name, "must be a valid " + expected));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(missing.getParameterName(), "is required"));
    }

    /**
     * The errors Spring MVC answers itself (no such path 404, a method the path does not take 405, a media type it
     * does not read 415, ...): the same problem detail, given a stable code from its status.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && failure instanceof ErrorResponse response) {
            body = response.getBody();
        }
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            String code = Problems.codeOf(status);
            problem.setType(URI.create("/problems/" + code));
            problem.setProperty("code", code);
        }
        return super.handleExceptionInternal(failure, body, headers, status, request);
    }

    private static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid");
        problem.setProperty("fields", List.of(Map.of("field", String.valueOf(field), "message", message)));
        return problem;
    }

    /**
     * Anything no other handler knows (a bug, a server away; an Error arrives wrapped by the dispatcher): a problem
     * detail that names an incident, which the log holds with the whole failure. The client learns nothing about
     * the inside; operations can find the failure by the incident. The database being away is a 503 to try again
     * (DatabaseUnavailable); anything else is a 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, WebRequest request) {
        String incident = UUID.randomUUID().toString();
        if (DatabaseUnavailable.causes(failure)) {
            log.warn("Incident {}: {} failed: the database is unavailable", incident, request.getDescription(false),
                    failure);
            String method = request instanceof ServletWebRequest servlet ? servlet.getRequest().getMethod() : null;
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .body(DatabaseUnavailable.problem(method, incident));
        }
        log.error("Incident {}: {} failed unexpectedly", incident, request.getDescription(false), failure);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request failed on the server; nothing is known to have changed. Quote incident " + incident
                        + " if you report it.");
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }
}
