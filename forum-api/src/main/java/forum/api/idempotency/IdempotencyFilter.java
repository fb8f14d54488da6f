package forum.api.idempotency;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.idempotency.IdempotencyStore.Claim;
import forum.api.idempotency.IdempotencyStore.Claimed;
import forum.api.idempotency.IdempotencyStore.InProgress;
import forum.api.idempotency.IdempotencyStore.Replay;
import forum.api.idempotency.IdempotencyStore.StoredResponse;
import forum.api.problem.Problems;
import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * For a signed-in user's POST with an {@code Idempotency-Key}: the key is claimed, the request handled and, if it
 * succeeds (2xx), its answer stored, all in one database transaction, the one the request's command appends its
 * events in. So the events are stored if and only if the answer is: a retry with the same request gets that
 * answer again, marked {@code Idempotent-Replayed: true}, and sends no command; a request that failed left
 * nothing, and its retry runs again. That holds when the commit itself breaks off and the client cannot know
 * whether it went through (answered 503): the retry with the same key finds out. A retry while the first
 * request still runs waits for it a moment, then gets 409. Requests without the header are untouched.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final PlatformTransactionManager transactions;
    private final RequestFingerprint fingerprint;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions, ObjectMapper json) {
        this.store = store;
        this.transactions = transactions;
        this.fingerprint = new RequestFingerprint(json);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(IdempotencyKeys.HEADER) == null
                || !IdempotencyKeys.cover(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ForumUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(IdempotencyKeys.HEADER);
        if (key.isBlank() || key.length() > IdempotencyKeys.MAX_LENGTH) {
            problem(response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid", "Invalid Idempotency-Key",
                    "The Idempotency-Key header must have 1 to " + IdempotencyKeys.MAX_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
                    "The body of a request with an Idempotency-Key may have at most " + MAX_BODY_BYTES + " bytes");
            return;
        }
        String hash = fingerprint.of(request.getMethod(), request.getRequestURI(), body);
        handleInOneTransaction(new CachedBodyRequest(request, body), response, chain, user.get(), key, hash);
    }

    private void handleInOneTransaction(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                        ForumUser caller, String key, String hash)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        boolean answered = false;
        Claim claim;
        try {
            claim = store.claim(caller.userId(), caller.tenantId(), key, hash);
            if (claim instanceof Claimed) {
                chain.doFilter(request, recorded);
                if (HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful()) {
                    store.complete(caller.userId(), key, new StoredResponse(recorded.getStatus(),
                            recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                            recorded.getContentAsByteArray()));
                    answered = true;
                }
            }
        } catch (RuntimeException | ServletException | IOException failed) {
            rollBack(transaction);
            throw failed;
        }
        if (!answered) {
            // A refused request, or a key already used: nothing of it may stay.
            rollBack(transaction);
        } else if (!committed(transaction)) {
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(response, HttpStatus.SERVICE_UNAVAILABLE, "outcome-unknown", "Outcome unknown",
                    "The database failed while committing the request, so it may or may not have been carried "
                            + "out. Send it again with the same Idempotency-Key: if it was carried out you get its "
                            + "answer, otherwise it runs now.");
            return;
        }
        answer(response, recorded, claim);
    }

    private boolean committed(TransactionStatus transaction) {
        try {
            transactions.commit(transaction);
            return true;
        } catch (TransactionException | DataAccessException unknownOutcome) {
            log.warn("Commit of a request with an Idempotency-Key failed; its outcome is unknown", unknownOutcome);
            return false;
        }
    }

    private void rollBack(TransactionStatus transaction) {
        try {
            transactions.rollback(transaction);
        } catch (TransactionException | DataAccessException brokenConnection) {
            // The server discards a transaction whose connection is gone; there is nothing left to undo.
            log.warn("Rollback of a request with an Idempotency-Key failed", brokenConnection);
        }
    }

    private void answer(HttpServletResponse response, ContentCachingResponseWrapper recorded, Claim claim)
            throws IOException {
        if (claim instanceof Claimed) {
            recorded.copyBodyToResponse();
        } else if (claim instanceof Replay replay) {
            replay(response, replay.response());
        } else if (claim instanceof InProgress) {
            problem(response, HttpStatus.CONFLICT, "idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key is still being handled; retry later");
        } else {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED_HEADER, "true");
        // A replayed answer may carry a credential (an invitation's token): no cache may keep it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
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
        Problems.write(response, json, Problems.of(status, code, title, detail));
    }
}
