package forum.projections.runtime;

import forum.projections.support.ProjectionsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transaction that sends its writes ahead (ReadModelWrites.sendAhead, as a rebuild does) goes on queueing while
 * a full queue is being sent, and its writes land, keep their order and fail as if it had sent them itself.
 */
@ProjectionsIntegrationTest
class SendingAheadIT {

    private static final Timestamp FIRST = QueuedStatistics.REGISTERED_AT;
    private static final Timestamp SECOND = Timestamp.from(Instant.parse("2026-04-01T18:00:00Z"));

    @Autowired
    ReadModelWrites writes;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueuedStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void theTransactionGoesOnQueueingWhileItsFullQueueIsSent() throws Exception {
        UUID tenant = UUID.randomUUID();
        CountDownLatch queuedBeyondAFullQueue = new CountDownLatch(1);
        CompletableFuture<Void> rebuilding;
        try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            // Holds up every insert into the table until this transaction ends.
            sql.execute("lock table statistics_venue in share mode");
            rebuilding = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
                tenantScope.enter(tenant);
                try (ReadModelWrites.Ahead sending = writes.sendAhead()) {
                    for (int i = 0; i < ReadModelWrites.MAX_QUEUED + 10; i++) {
                        statistics.registerVenue(UUID.randomUUID());
                    }
                    queuedBeyondAFullQueue.countDown();
                }
            }));
            // Sent by this thread, the full queue's insert would wait for the lock and the queueing with it.
            assertThat(queuedBeyondAFullQueue.await(60, TimeUnit.SECONDS))
                    .as("queued past a full queue while its insert waited for the lock").isTrue();
            assertThat(rebuilding).as("closing waits for what is being sent").isNotDone();
            other.rollback();
        }
        rebuilding.get(60, TimeUnit.SECONDS);

        assertThat(statistics.count(tenant, "statistics_venue")).isEqualTo(ReadModelWrites.MAX_QUEUED + 10);
    }

    @Test
    void aFlushWaitsForWhatIsSentAheadAndStatementsOnOneTableKeepTheirOrder() {
        UUID tenant = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Timestamp[] seen = new Timestamp[1];
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            try (ReadModelWrites.Ahead sending = writes.sendAhead()) {
                statistics.scheduleMeeting(meeting, FIRST);
                for (int i = 0; i < ReadModelWrites.MAX_QUEUED; i++) {
                    statistics.registerVenue(UUID.randomUUID());
                }
                statistics.moveMeeting(meeting, SECOND);
                writes.flush();
                seen[0] = jdbc.sql("select starts_at from statistics_meeting where meeting_id = :meeting")
                        .param("meeting", meeting).query(Timestamp.class).single();
            }
        });

        assertThat(seen[0].toInstant()).as("the insert sent ahead, then the update after it").isEqualTo(SECOND.toInstant());
        assertThat(statistics.count(tenant, "statistics_venue")).isEqualTo(ReadModelWrites.MAX_QUEUED);
    }

    @Test
    void aStatementThatFailsWhenSentAheadFailsTheTransactionAndLeavesNothing() {
        UUID tenant = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            tenantScope.enter(tenant);
            try (ReadModelWrites.Ahead sending = writes.sendAhead()) {
                statistics.registerVenueWithoutItsDate();
                for (int i = 0; i < ReadModelWrites.MAX_QUEUED + 10; i++) {
                    statistics.registerVenue(UUID.randomUUID());
                }
            }
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(statistics.count(tenant, "statistics_venue")).isZero();
    }

    @Test
    void aFullQueueWithAnotherTenantsRowsIsSentByTheTransactionUnderEachRowsTenant() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            tenantScope.enter(first);
            try (ReadModelWrites.Ahead sending = writes.sendAhead()) {
                for (int i = 0; i < ReadModelWrites.MAX_QUEUED + 10; i++) {
                    // Chosen, not entered: entering would use the connection while a send may be under way.
                    tenantScope.select(i % 2 == 0 ? first : second);
                    statistics.registerVenue(UUID.randomUUID());
                }
            }
        });

        // Row-level security refuses a row of a tenant the transaction has not entered or admitted.
        assertThat(statistics.count(first, "statistics_venue")).isEqualTo(ReadModelWrites.MAX_QUEUED / 2 + 5);
        assertThat(statistics.count(second, "statistics_venue")).isEqualTo(ReadModelWrites.MAX_QUEUED / 2 + 5);
    }
}
