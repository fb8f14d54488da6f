package forum.api.consistency;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What one write request appended, and for which users besides its own it counts. Kept as an attribute of the
 * request, where the event bus's interceptor, on the request's thread, finds it.
 */
final class RequestWrites {

    private static final String ATTRIBUTE = RequestWrites.class.getName();

    private final Map<String, Long> sequences = new HashMap<>();
    private final Set<UUID> alsoFor = new LinkedHashSet<>();

    void openOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<RequestWrites> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((RequestWrites) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    synchronized void appended(String aggregate, long sequence) {
        sequences.merge(aggregate, sequence, Math::max);
    }

    synchronized void alsoFor(UUID user) {
        alsoFor.add(user);
    }

    synchronized Position position() {
        return new Position(sequences);
    }

    synchronized Set<UUID> alsoFor() {
        return Set.copyOf(alsoFor);
    }
}
