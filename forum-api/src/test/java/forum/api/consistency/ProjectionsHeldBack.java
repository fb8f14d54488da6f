package forum.api.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read models that lag behind the event store, as they do under load: a transaction of its own locks a read-model
 * table against writes, so the consumers' next change of it waits until {@link #close}.
 */
final class ProjectionsHeldBack implements AutoCloseable {

    private final JdbcClient jdbc;
    private final String table;
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> holding;

    private ProjectionsHeldBack(JdbcClient jdbc, TransactionTemplate transaction, String table) {
        this.jdbc = jdbc;
        this.table = table;
        CountDownLatch locked = new CountDownLatch(1);
        this.holding = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("lock table " + table + " in share mode").update();
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).as("%s locked", table).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static ProjectionsHeldBack on(JdbcClient jdbc, TransactionTemplate transaction, String table) {
        return new ProjectionsHeldBack(jdbc, transaction, table);
    }

    /** Until a consumer's change of the table waits for the lock: the event is on its way, not applied. */
    void awaitAConsumerHeld() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) > 0 from pg_locks where not granted and relation = cast(:table as regclass)""")
                .param("table", table).query(Boolean.class).single());
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        holding.get(30, TimeUnit.SECONDS);
    }
}
