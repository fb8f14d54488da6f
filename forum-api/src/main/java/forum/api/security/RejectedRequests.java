package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.problem.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * A path the firewall refuses before any chain runs (an empty segment, {@code ..}, an encoded slash): for the API,
 * 400 as a problem detail with code {@code malformed-path}; pages keep the container's error page. Spring Security
 * uses this bean for every request it rejects.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private final RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
    private final ObjectMapper json;

    RejectedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/api/")) {
            pages.handle(request, response, rejected);
            return;
        }
        Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST, "malformed-path", "Malformed path",
                "The path has an empty segment or characters that are not allowed in it"));
    }
}
