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
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Answers 429, with Retry-After saying when the limit's window ends, before a password is even checked once an
 * address or a user name is over its limit; counts each sign-up by its outcome.
 */
class AttemptLimitFilter extends OncePerRequestFilter {

    private static final String SIGN_UP = "/api/v1/municipalities";

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
        if ("POST".equals(request.getMethod()) && SIGN_UP.equals(request.getRequestURI())) {
            Optional<Duration> wait = limits.reserveSignUp(address);
            if (wait.isPresent()) {
                tooMany(response, "Too many sign-ups from this address; try again later", wait.get());
                return;
            }
            signUp(request, response, chain, address);
            return;
        }
        String username = attemptedUsername(request);
        Optional<Duration> wait = username == null ? Optional.empty() : limits.signInBlocked(username, address);
        if (wait.isPresent()) {
            if (signsInOnTheForm(request)) {
                // A person at the form reads the limit on the form, in their language, not as a problem detail.
                long minutes = (wait.get().toSeconds() + 59) / 60;
                response.sendRedirect(request.getContextPath() + PageSecurity.SIGN_IN + "?blocked=" + minutes);
                return;
            }
            tooMany(response, "Too many failed sign-ins; try again later", wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts the sign-up by its outcome: signed up, refused for the request's fault, or failed on the server. */
    private void signUp(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String address)
            throws ServletException, IOException {
        boolean done = false;
        try {
            chain.doFilter(request, response);
            done = true;
        } finally {
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (!done || status == null || status.is5xxServerError()) {
                limits.signUpFailed(address);
            } else if (!status.is2xxSuccessful()) {
                limits.signUpRefused(address);
            }
        }
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
        if (signsInOnTheForm(request)) {
            return request.getParameter("username");
        }
        return null;
    }

    private static boolean signsInOnTheForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PageSecurity.SIGN_IN.equals(request.getRequestURI());
    }

    private void tooMany(HttpServletResponse response, String detail, Duration wait) throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                detail + " (in " + wait.toSeconds() + " seconds)");
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()));
        Problems.write(response, json, problem);
    }
}
