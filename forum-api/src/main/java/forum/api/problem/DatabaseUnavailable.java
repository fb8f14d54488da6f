package forum.api.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the database's availability (the server away, restarting, a connection broken or none free
 * in the pool) from a bug, by the failure's causes: the first is worth trying again, the second is not.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: about what a restart of the server or a failover takes. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** How deep to look: the command bus, the unit of work and the event store wrap a driver's exception. */
    private static final int MAX_DEPTH = 16;

    /** What HikariCP throws, without an SQLSTATE, on a connection it has closed after the server dropped it. */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    /**
     * The 503 to answer, with Retry-After to set beside it. A read changed nothing. A change may have been saved if
     * the connection broke while it committed, and only a request with an Idempotency-Key can be sent again
     * safely (IdempotencyFilter answers those itself).
     */
    public static ProblemDetail problem(String httpMethod, String incident) {
        String detail = "GET".equals(httpMethod) || "HEAD".equals(httpMethod)
                ? "The database cannot be reached at the moment; try again shortly."
                : "The database could not be reached, or the connection to it broke while the request ran. If it"
                + " broke while saving, the change may have been saved: look before sending the request again, or"
                + " send it with an Idempotency-Key, which makes sending it again safe.";
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "Database unavailable", detail);
        problem.setProperty("incident", incident);
        return problem;
    }

    /** Whether the database's availability is among the failure's causes, however deeply it is wrapped. */
    public static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || CLOSED_BY_POOL.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (shut down by the operator or a crash, starting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
