package forum.api.consistency;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.problem.Problems;
import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A write's 2xx (or a page form's redirect) answer gets the position of the events it appended, and the signed-in user (and any user the write
 * names, {@link ReadYourWrites#alsoFor}) is remembered as having written it. A read waits, at most {@code readWait},
 * for the position it names and for its user's recent writes; when that runs out it answers what the read models
 * hold, marked pending. A read with nothing to wait for costs no statement.
 *
 * <p>Runs outside the IdempotencyFilter, so a request with an Idempotency-Key has committed when its position is
 * given out. A replayed answer carries no position: the replay appended nothing.
 */
final class ConsistencyFilter extends OncePerRequestFilter {

    private final PositionTokens tokens;
    private final AppliedPositions applied;
    private final RecentWrites recent;
    private final Duration readWait;
    private final ObjectMapper json;

    ConsistencyFilter(PositionTokens tokens, AppliedPositions applied, RecentWrites recent, Duration readWait,
                      ObjectMapper json) {
        this.tokens = tokens;
        this.applied = applied;
        this.recent = recent;
        this.readWait = readWait;
        this.json = json;
    }

    /** Static files and the actuator read no read model. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/actuator/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            read(request, response, chain);
        } else if (HttpMethod.OPTIONS.equals(method) || HttpMethod.TRACE.equals(method)) {
            chain.doFilter(request, response);
        } else {
            write(request, response, chain);
        }
    }

    private void read(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Position awaited = Position.NONE;
        String named = request.getHeader(ReadYourWrites.AWAIT_POSITION);
        if (named != null) {
            Optional<Position> position = tokens.decode(named.trim());
            if (position.isEmpty()) {
                Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST, "position-invalid",
                        "Invalid " + ReadYourWrites.AWAIT_POSITION, "Send the " + ReadYourWrites.POSITION
                                + " header of a write's answer as it was, to this server or one sharing its secret"));
                return;
            }
            awaited = position.get();
        }
        Optional<UUID> user = CurrentUser.get().map(ForumUser::userId);
        Position all = awaited.and(user.map(recent::of).orElse(Position.NONE));
        if (!all.isEmpty()) {
            if (appliedInTime(all)) {
                user.ifPresent(reader -> recent.applied(reader, all));
            } else {
                response.setHeader(ReadYourWrites.PENDING, "true");
            }
        }
        chain.doFilter(request, response);
    }

    /** A form of the pages answers a write with a redirect to the page that shows it (post, redirect, get). */
    private static boolean succeeded(HttpStatusCode status) {
        return status.is2xxSuccessful() || status.is3xxRedirection();
    }

    private boolean appliedInTime(Position position) {
        try {
            return applied.await(position, readWait);
        } catch (DataAccessException unavailable) {
            // The read itself will meet the database's trouble and answer for it.
            return false;
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<UUID> user = CurrentUser.get().map(ForumUser::userId);
        RequestWrites writes = new RequestWrites();
        writes.openOn(request);
        // Held back until the request is done, so that the position can still be added to its headers.
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        Position position = writes.position();
        if (succeeded(HttpStatusCode.valueOf(answer.getStatus())) && !position.isEmpty()) {
            // A write of thousands of aggregates (a venue import) would not fit a header; its writer's own reads
            // still wait for it, by the recent writes.
            if (tokens.carries(position)) {
                answer.setHeader(ReadYourWrites.POSITION, tokens.encode(position));
            }
            user.ifPresent(writer -> recent.remember(writer, position));
            writes.alsoFor().forEach(writer -> recent.remember(writer, position));
        }
        answer.copyBodyToResponse();
    }
}
