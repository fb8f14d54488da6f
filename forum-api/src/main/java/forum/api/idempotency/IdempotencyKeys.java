package forum.api.idempotency;

/**
 * The Idempotency-Key as clients see it, for the filter that handles it and for the API document.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;
    /** Operators' endpoints run their own transactions (a rebuild, one per municipality); no key applies. */
    private static final String OPERATOR_PATHS = "/api/v1/admin/";

    private IdempotencyKeys() {
    }

    /** Whether a POST to this path is handled under its key. */
    public static boolean cover(String path) {
        return !path.startsWith(OPERATOR_PATHS);
    }
}
