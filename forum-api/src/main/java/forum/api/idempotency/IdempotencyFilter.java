package forum.api.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.idempotency.IdempotencyStore.Claim;
import forum.api.idempotency.IdempotencyStore.InProgress;
import forum.api.idempotency.IdempotencyStore.Replay;
import forum.api.idempotency.IdempotencyStore.Reused;
import forum.api.idempotency.IdempotencyStore.StoredResponse;
import forum.api.problem.Problems;
import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * For a signed-in user's POST with an {@code Idempotency-Key}: the first request claims the key and, if it
 * succeeds (2xx), its answer is stored; a retry with the same request gets that answer again, marked
 * {@code Idempotent-Replayed: true}, and sends no command. A failed request releases the key, so a retry runs
 * again. Requests without the header are untouched.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    static final int MAX_BODY_BYTES = 1 << 20;

    private final IdempotencyStore store;
    private final RequestFingerprint fingerprint;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.fingerprint = new RequestFingerprint(json);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ForumUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(KEY_HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid", "Invalid Idempotency-Key",
                    "The Idempotency-Key header must have 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
                    "The body of a request with an Idempotency-Key may have at most " + MAX_BODY_BYTES + " bytes");
            return;
        }
        ForumUser caller = user.get();
        String hash = fingerprint.of(request.getMethod(), request.getRequestURI(), body);
        Claim claim = store.claim(caller.userId(), caller.tenantId(), key, hash);
        if (claim instanceof Replay replay) {
            replay(response, replay.response());
        } else if (claim instanceof Reused) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        } else if (claim instanceof InProgress) {
            problem(response, HttpStatus.CONFLICT, "idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key is still being handled; retry later");
        } else {
            handleFirst(new CachedBodyRequest(request, body), response, chain, caller, key);
        }
    }

    private void handleFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                             ForumUser caller, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, recorded);
            if (HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful()) {
                store.complete(caller.userId(), key, new StoredResponse(recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        recorded.getContentAsByteArray()));
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(caller.userId(), key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void problem(HttpServletResponse response, HttpStatus status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, code, title, detail));
    }

    /** Hands the already-read body to the rest of the chain. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
