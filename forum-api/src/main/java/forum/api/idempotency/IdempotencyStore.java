package forum.api.idempotency;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import forum.api.security.RowKeys;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table of keys, which holds them and their answers sealed (SealedAnswers). Its statements run in the request's
 * transaction, so a key's claim and answer commit or vanish with the request's events. A second request with the
 * same key waits at its insert until the first one's transaction ends (the key's unique index makes it), then finds
 * the answer, or the key free again. Row-level security lets the transaction reach the keys of its user only
 * (RowKeys); rows older than 24 hours are deleted lazily, every user's, by the database function
 * delete_expired_idempotency_keys.
 */
final class IdempotencyStore {

    /** How long a retry waits for the first request with its key to finish. */
    static final String IN_PROGRESS_WAIT = "2s";
    /** PostgreSQL's SQLSTATE for a lock wait that ran out of lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final RowKeys rowKeys;

    IdempotencyStore(JdbcClient jdbc, RowKeys rowKeys) {
        this.jdbc = jdbc;
        this.rowKeys = rowKeys;
    }

    sealed interface Claim permits Claimed, Replay, Reused, InProgress {
    }

    /** The key is new: handle the request, then {@link #complete} it or roll back. */
    record Claimed() implements Claim {
    }

    /** The same request was answered before. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used for another request. */
    record Reused() implements Claim {
    }

    /** The same key is being handled right now by another request, past the wait. */
    record InProgress() implements Claim {
    }

    record StoredResponse(int status, String contentType, String location, byte[] body) {
    }

    Claim claim(UUID userId, UUID tenantId, String key, String requestHash) {
        // For the rest of the request's transaction, complete() included.
        rowKeys.idempotencyKeysOf(userId);
        // Waits longer than this for a first request still running are answered "in progress" (409).
        String previousWait = jdbc.sql("select current_setting('lock_timeout') as previous, "
                        + "set_config('lock_timeout', :wait, true)")
                .param("wait", IN_PROGRESS_WAIT)
                .query((row, n) -> row.getString("previous"))
                .single();
        try {
            jdbc.sql("select delete_expired_idempotency_keys()").query(Long.class).single();
            int inserted = jdbc.sql("""
                            insert into idempotency_key (user_id, idempotency_key, tenant_id, request_hash)
                            values (:user, :key, :tenant, :hash)
                            on conflict do nothing
                            """)
                    .param("user", userId)
                    .param("key", SealedAnswers.lookup(key))
                    .param("tenant", tenantId)
                    .param("hash", requestHash)
                    .update();
            jdbc.sql("select set_config('lock_timeout', :previous, true)").param("previous", previousWait)
                    .query().singleValue();
            return inserted == 1 ? new Claimed() : existing(userId, key, requestHash);
        } catch (DataAccessException failed) {
            if (failed.getMostSpecificCause() instanceof SQLException refused
                    && LOCK_NOT_AVAILABLE.equals(refused.getSQLState())) {
                // The transaction is aborted now; the filter rolls it back.
                return new InProgress();
            }
            throw failed;
        }
    }

    private Claim existing(UUID userId, String key, String requestHash) {
        return jdbc.sql("""
                        select request_hash, response_status, response_content_type, response_location,
                               response_body
                        from idempotency_key where user_id = :user and idempotency_key = :key
                        """)
                .param("user", userId)
                .param("key", SealedAnswers.lookup(key))
                .query((row, n) -> {
                    if (!requestHash.equals(row.getString("request_hash"))) {
                        return (Claim) new Reused();
                    }
                    int status = row.getInt("response_status");
                    if (row.wasNull()) {
                        // Only a claim stored before claims and answers shared the request's transaction.
                        return new InProgress();
                    }
                    return new Replay(new StoredResponse(status, row.getString("response_content_type"),
                            row.getString("response_location"),
                            SealedAnswers.open(key, row.getBytes("response_body"))));
                })
                .optional()
                // Deleted as expired by another request meanwhile: as good as in use.
                .orElseGet(InProgress::new);
    }

    void complete(UUID userId, String key, StoredResponse response) {
        jdbc.sql("""
                        update idempotency_key
                        set response_status = :status, response_content_type = :type, response_location = :location,
                            response_body = :body
                        where user_id = :user and idempotency_key = :key
                        """)
                .param("status", response.status())
                .param("type", response.contentType())
                .param("location", response.location())
                .param("body", SealedAnswers.seal(key, response.body()))
                .param("user", userId)
                .param("key", SealedAnswers.lookup(key))
                .update();
    }
}
