package forum.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A body that could not be read, as 400 {@code malformed-body}. When one field is to blame (a wrong type, a value
 * outside its enum, an empty string for an id or a date), {@code fields} names it the way a failed validation does,
 * so a client shows the message beside the field whichever check refused it.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ProblemDetail problem(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getMostSpecificCause();
        JsonMappingException mapping = fieldRefused(unreadable);
        if (mapping != null) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                    "A field of the body has a value of the wrong type or outside the allowed values");
            problem.setProperty("fields", List.of(Map.of("field", path(mapping), "message", message(mapping))));
            return problem;
        }
        String detail = cause instanceof JsonProcessingException || cause instanceof JsonMappingException
                ? "The body is not valid JSON of the expected shape"
                : "The request needs a JSON body of the expected shape";
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail);
    }

    /** The outermost mapping failure that knows its field: a parser's own exception may lie beneath it. */
    private static JsonMappingException fieldRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return mapping;
            }
        }
        return null;
    }

    /** {@code issueIds[2]}, {@code attendance.presentMemberIds[0]}: the way a client addresses the field. */
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Says what the field takes, never repeating the value sent (it may be personal data). */
    private static String message(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        Class<?> expected = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (mapping instanceof InvalidFormatException invalid && "".equals(invalid.getValue())
                || mapping.getOriginalMessage() != null && mapping.getOriginalMessage().contains("empty String")) {
            return "must not be empty; leave the field out if it has no value";
        }
        if (expected != null && expected.isEnum()) {
            return "must be one of " + Arrays.toString(expected.getEnumConstants());
        }
        return expected == null ? "has a value that cannot be read" : "must be a valid " + typeName(expected);
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return type.getSimpleName();
    }
}
