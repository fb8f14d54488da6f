package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.problem.DatabaseUnavailable;
import forum.api.problem.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * The actuator's refusals as problem details: 401 {@code unauthenticated} without an accepted sign-in (503 when the
 * accounts cannot be read, as at every sign-in), 403 {@code forbidden} for anyone but an operator or the scraper.
 */
class OperationsRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final DatabaseAwareEntryPoint databaseAway;

    OperationsRefusals(ObjectMapper json) {
        this.json = json;
        this.databaseAway = new DatabaseAwareEntryPoint(json);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (DatabaseUnavailable.causes(failure)) {
            databaseAway.commence(request, response, failure);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Forum\"");
        Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in",
                "Operational data needs an operator's sign-in or the scrape credential"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Operational data is for operators only"));
    }
}
