package forum.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Answers 429 before a password is even checked once an address or a user name is over its limit. */
class AttemptLimitFilter extends OncePerRequestFilter {

    private final AttemptLimits limits;
    private final ObjectMapper json;

    AttemptLimitFilter(AttemptLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if ("POST".equals(request.getMethod()) && "/api/v1/municipalities".equals(request.getRequestURI())
                && !limits.trySignUp(address)) {
            tooMany(response, "Too many sign-ups from this address; try again later", true);
            return;
        }
        String username = attemptedUsername(request);
        if (username != null && limits.signInBlocked(username, address)) {
            tooMany(response, "Too many failed sign-ins; try again later", false);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String attemptedUsername(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI())) {
            return request.getParameter("username");
        }
        return null;
    }

    private void tooMany(HttpServletResponse response, String detail, boolean signUp) throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                detail);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limits.retryAfter(signUp).toSeconds()));
        Problems.write(response, json, problem);
    }
}
