package forum.api.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

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
    private void awaitAConsumerHeld() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) > 0 from pg_locks where not granted and relation = cast(:table as regclass)""")
                .param("table", table).query(Boolean.class).single());
    }

    /**
     * Sends the read once a consumer is held: a second later it must still be waiting, and once the consumer goes
     * on it answers.
     */
    <T> T readThatWaits(Supplier<T> read) throws Exception {
        awaitAConsumerHeld();
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(read);
        assertThatThrownBy(() -> answer.get(1, TimeUnit.SECONDS)).as("the read waits for the write")
                .isInstanceOf(TimeoutException.class);
        close();
        return answer.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        holding.get(30, TimeUnit.SECONDS);
    }
}
