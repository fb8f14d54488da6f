package forum.api.idempotency;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table of keys. Each statement commits on its own: the claim must be visible to a concurrent retry
 * before the first request's command runs.
 */
final class IdempotencyStore {

    /** Rows older than this are treated as absent and deleted lazily. */
    static final String LIFETIME = "24 hours";

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    sealed interface Claim permits Claimed, Replay, Reused, InProgress {
    }

    /** The key is new: handle the request, then {@link #complete} or {@link #release}. */
    record Claimed() implements Claim {
    }

    /** The same request was answered before. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used for another request. */
    record Reused() implements Claim {
    }

    /** The same key is being handled right now by another request. */
    record InProgress() implements Claim {
    }

    record StoredResponse(int status, String contentType, String location, byte[] body) {
    }

    Claim claim(UUID userId, UUID tenantId, String key, String requestHash) {
        jdbc.sql("delete from idempotency_key where created_at < now() - cast(:lifetime as interval)")
                .param("lifetime", LIFETIME)
                .update();
        // A concurrent release may delete the row between insert and select: then try again.
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = jdbc.sql("""
                            insert into idempotency_key (user_id, idempotency_key, tenant_id, request_hash)
                            values (:user, :key, :tenant, :hash)
                            on conflict do nothing
                            """)
                    .param("user", userId)
                    .param("key", key)
                    .param("tenant", tenantId)
                    .param("hash", requestHash)
                    .update();
            if (inserted == 1) {
                return new Claimed();
            }
            Optional<Claim> existing = jdbc.sql("""
                            select request_hash, response_status, response_content_type, response_location,
                                   response_body
                            from idempotency_key where user_id = :user and idempotency_key = :key
                            """)
                    .param("user", userId)
                    .param("key", key)
                    .query((row, n) -> {
                        if (!requestHash.equals(row.getString("request_hash"))) {
                            return (Claim) new Reused();
                        }
                        int status = row.getInt("response_status");
                        if (row.wasNull()) {
                            return new InProgress();
                        }
                        return new Replay(new StoredResponse(status, row.getString("response_content_type"),
                                row.getString("response_location"), row.getBytes("response_body")));
                    })
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        return new InProgress();
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
                .param("body", response.body())
                .param("user", userId)
                .param("key", key)
                .update();
    }

    /** The request did not succeed: forget the key, so a retry runs again. */
    void release(UUID userId, String key) {
        jdbc.sql("delete from idempotency_key where user_id = :user and idempotency_key = :key "
                        + "and response_status is null")
                .param("user", userId)
                .param("key", key)
                .update();
    }
}
