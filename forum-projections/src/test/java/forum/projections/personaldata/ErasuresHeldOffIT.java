package forum.projections.personaldata;

import forum.projections.support.AsTenant;
import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A transaction that holds off a tenant's erasures (a rebuild) reads its keys without locking their rows, and an
 * erasure of that tenant waits until it ends: no value it opened is written after the erasure has committed.
 */
@ProjectionsIntegrationTest
class ErasuresHeldOffIT {

    private static final String PLACE = "VenueIssueReported.description/" + UUID.randomUUID();

    @Autowired
    SubjectKeys keys;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AsTenant asTenant;

    private final UUID tenant = UUID.randomUUID();
    private final String member = "member:" + UUID.randomUUID();

    @Test
    void anErasureWaitsForTheTransactionThatHoldsItOffAndTheKeyRowsStayUnlocked() throws Exception {
        String sealed = keys.seal(tenant, member, "Canary Person", PLACE);
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            keys.holdErasures(tenant);
            String value = keys.keysOf(tenant, List.of(member)).open(member, sealed, PLACE).orElseThrow();
            opened.countDown();
            waitFor(finish);
            return value;
        }));
        assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();

        // Locked for share, the row would refuse this at once.
        Integer lockedNow = asTenant.run(tenant, sql -> sql.sql("select subject_id from personal_data_key"
                + " where subject_id = :s for update nowait").param("s", member).query(String.class).list().size());
        assertThat(lockedNow).isEqualTo(1);

        CompletableFuture<Void> erasure = CompletableFuture.runAsync(() -> keys.erase(tenant, member));
        await().atMost(Duration.ofSeconds(30)).until(this::anAdvisoryLockIsAwaited);
        assertThat(erasure).isNotDone();

        finish.countDown();
        assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo("Canary Person");
        erasure.get(30, TimeUnit.SECONDS);
        assertThat(keys.open(tenant, member, sealed, PLACE)).isEmpty();
    }

    @Test
    void aTransactionThatDoesNotHoldErasuresOffStillLocksTheKeysItReads() throws Exception {
        String sealed = keys.seal(tenant, member, "Canary Person", PLACE);
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            keys.keysOf(tenant, List.of(member)).open(member, sealed, PLACE).orElseThrow();
            opened.countDown();
            waitFor(finish);
        }));
        assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();

        try {
            Integer lockable = asTenant.run(tenant, sql -> sql.sql("select subject_id from personal_data_key"
                    + " where subject_id = :s for update skip locked").param("s", member).query(String.class).list().size());
            assertThat(lockable).isZero();
        } finally {
            finish.countDown();
        }
        reader.get(30, TimeUnit.SECONDS);
    }

    private boolean anAdvisoryLockIsAwaited() {
        return asTenant.run(null, sql -> sql.sql("select count(*) from pg_locks where locktype = 'advisory'"
                + " and not granted").query(Long.class).single()) > 0;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the transaction end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
