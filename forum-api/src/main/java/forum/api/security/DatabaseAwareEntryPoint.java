package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.problem.DatabaseUnavailable;
import forum.api.problem.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import java.io.IOException;
import java.util.UUID;

/**
 * Where a sign-in with a password fails: a 401 when the name or password is wrong, but a 503 to try again when
 * the accounts could not be read because the database is away. Before, a database outage answered 401, which
 * tells the user that the password is wrong.
 */
class DatabaseAwareEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwareEntryPoint.class);

    private final BasicAuthenticationEntryPoint wrongCredentials = new BasicAuthenticationEntryPoint();
    private final ObjectMapper json;

    DatabaseAwareEntryPoint(ObjectMapper json) {
        this.json = json;
        wrongCredentials.setRealmName("Forum");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!DatabaseUnavailable.causes(failure)) {
            wrongCredentials.commence(request, response, failure);
            return;
        }
        String incident = UUID.randomUUID().toString();
        log.warn("Incident {}: signing in for {} {} failed: the database is unavailable", incident,
                request.getMethod(), request.getRequestURI(), failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        Problems.write(response, json, DatabaseUnavailable.problem(request.getMethod(), incident));
    }
}
