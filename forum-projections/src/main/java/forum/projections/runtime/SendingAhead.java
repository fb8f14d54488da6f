package forum.projections.runtime;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Sends a transaction's queued writes from another thread, on the transaction's own connection, while the
 * transaction's thread goes on applying events and queueing the next. A rebuild replays a municipality in one
 * transaction, so otherwise its JVM work and the database's come one after the other (BENCHMARKS.md, rebuild).
 *
 * <p>One send at a time, so the statements reach the database in the order they were taken. The transaction's
 * thread waits for the send before it takes the next, and before it uses the connection itself (ReadModelWrites
 * flushes, and the commit); the connection is never used by both at once. The wait is uninterruptible: a
 * transaction must not end, and its connection go back to the pool, while a statement is still being sent on it.
 */
final class SendingAhead {

    private final ExecutorService sender;
    private final DataSource dataSource;
    private final Connection connection;
    private final NamedParameterJdbcTemplate onConnection;
    private Future<?> inFlight = CompletableFuture.completedFuture(null);

    /** The current transaction's connection, to send on from {@code sender}; {@link #release} gives it back. */
    SendingAhead(ExecutorService sender, NamedParameterJdbcTemplate transactional) {
        this.sender = sender;
        this.dataSource = transactional.getJdbcTemplate().getDataSource();
        this.connection = DataSourceUtils.getConnection(dataSource);
        this.onConnection = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
        this.onConnection.getJdbcTemplate().setExceptionTranslator(
                transactional.getJdbcTemplate().getExceptionTranslator());
    }

    /** Sends this once what was sent before has gone; the transaction needs no tenant switch for it. */
    void send(Outgoing outgoing) {
        awaitSent();
        inFlight = sender.submit(() -> outgoing.send(onConnection, Outgoing.TenantSwitch.NONE));
    }

    /** Waits until nothing is being sent; a send that failed fails here, once, on the transaction's thread. */
    void awaitSent() {
        Future<?> sending = inFlight;
        inFlight = CompletableFuture.completedFuture(null);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    sending.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof RuntimeException cause ? cause
                            : new IllegalStateException("Sending read-model writes failed", failed.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hands the connection back to the transaction, which closes it when it ends. */
    void release() {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
