package forum.projections.personaldata;

import forum.projections.support.AsTenant;
import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two transactions seal the first values of one new subject at once: one key, and both values open with it. */
@ProjectionsIntegrationTest
class FirstSealRaceIT {

    @Autowired
    SubjectKeys keys;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AsTenant asTenant;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoTransactionsSealingForANewSubjectEndWithOneKey() throws Exception {
        UUID tenant = UUID.randomUUID();
        String subject = "account:" + UUID.randomUUID();
        CountDownLatch firstSealed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            String sealed = keys.seal(tenant, subject, "first", "place");
            firstSealed.countDown();
            waitFor(commitFirst);
            return sealed;
        }));
        assertThat(firstSealed.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> transaction.execute(status ->
                keys.seal(tenant, subject, "second", "place")));
        // The second waits on the first's uncommitted key row: the race is on, not merely sequential.
        await().atMost(Duration.ofSeconds(30)).until(this::anInsertOfAKeyWaits);
        commitFirst.countDown();

        String firstSealedValue = first.get(30, TimeUnit.SECONDS);
        String secondSealedValue = second.get(30, TimeUnit.SECONDS);
        assertThat(asTenant.allRows(tenant, "personal_data_key")).hasSize(1);
        assertThat(keys.open(tenant, subject, firstSealedValue, "place")).contains("first");
        assertThat(keys.open(tenant, subject, secondSealedValue, "place")).contains("second");
    }

    private boolean anInsertOfAKeyWaits() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'insert into personal_data_key%'
                        """).query(Long.class).single() > 0;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the first transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
