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
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.util.UUID;

/**
 * Where a request without an accepted sign-in ends: 401 as a problem detail with code {@code unauthenticated},
 * whatever went wrong (no credentials, a wrong password, an unknown user, a forged, expired or garbled token), with
 * the challenge of its scheme in WWW-Authenticate. When the accounts could not be read because the database is
 * away, 503 to try again instead, since a 401 would tell the user that the password is wrong.
 */
class DatabaseAwareEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwareEntryPoint.class);
    private static final String BASIC_CHALLENGE = "Basic realm=\"Forum\"";

    private final ObjectMapper json;
    /** Sets the scheme's WWW-Authenticate; writes no body. */
    private final AuthenticationEntryPoint challenge;

    /** For HTTP Basic. */
    DatabaseAwareEntryPoint(ObjectMapper json) {
        this(json, (request, response, failure) -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE));
    }

    private DatabaseAwareEntryPoint(ObjectMapper json, AuthenticationEntryPoint challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    /** For bearer tokens: RFC 6750's challenge (error="invalid_token" and why), and the problem as the body. */
    static DatabaseAwareEntryPoint bearer(ObjectMapper json) {
        return new DatabaseAwareEntryPoint(json, new BearerTokenAuthenticationEntryPoint());
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (DatabaseUnavailable.causes(failure)) {
            String incident = UUID.randomUUID().toString();
            log.warn("Incident {}: signing in for {} {} failed: the database is unavailable", incident,
                    request.getMethod(), request.getRequestURI(), failure);
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            Problems.write(response, json, DatabaseUnavailable.problem(request.getMethod(), incident));
            return;
        }
        challenge.commence(request, response, failure);
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Sign in: HTTP Basic with an account, or a bearer token of the municipality's identity provider"
                : "The credentials were not accepted: a wrong user name or password, or a token that is not valid";
        Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in",
                detail));
    }
}
