package forum.api.faults;

import forum.api.support.ForumIntegrationTest;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.infra.FaultInjection;
import forum.projections.stream.ReadModelConsumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Breaks a part of the pipeline in the middle of a burst of commands; afterwards every accepted command is
 * in the event store and, per tenant, the read models applied exactly the events of the store.
 */
@ForumIntegrationTest
class FaultToleranceIT {

    private static final Duration SETTLE = Duration.ofSeconds(90);
    /** How long a burst may take to reach the point where the fault is injected, on a busy 2-core machine. */
    private static final Duration PROGRESS = Duration.ofSeconds(60);
    private static final Duration STALLED = Duration.ofMinutes(3);

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    KafkaListenerEndpointRegistry consumers;

    private ReadModelChecks checks;
    private UUID tenant;
    private Burst burst;

    @BeforeEach
    void tenantWithVenues() {
        assumeThat(FaultInjection.available()).as("embedded servers to break").isTrue();
        checks = new ReadModelChecks(jdbc, transaction);
        tenant = SignUps.signUp(http).tenantId();
        burst = new Burst(commands, tenant, 5);
    }

    @Test
    void aProjectionConsumerStoppedMidStreamCatchesUpWithNothingLostOrDoubled() {
        CompletableFuture<Void> running = burst.start(300);
        MessageListenerContainer readModels = consumers.getListenerContainer(ReadModelConsumer.GROUP);
        await().atMost(PROGRESS).until(() -> burst.accepted.get() > 50);

        readModels.stop();
        await().atMost(PROGRESS).until(() -> burst.accepted.get() > 150);
        readModels.start();
        running.join();

        assertAcceptedCommandsStoredAndAppliedOnce();
    }

    @Test
    void theBrokerRestartedWhilePublishingLosesNothing() {
        CompletableFuture<Void> running = burst.start(300);
        await().atMost(PROGRESS).until(() -> burst.accepted.get() > 50);

        FaultInjection.restartKafka();
        running.join();

        assertAcceptedCommandsStoredAndAppliedOnce();
    }

    @Test
    void databaseConnectionsDroppedDuringABurstLoseNothingAccepted() {
        CompletableFuture<Void> running = burst.start(300);
        await().atMost(PROGRESS).until(() -> burst.accepted.get() > 50);

        int dropped = FaultInjection.dropDatabaseConnections("forum_app");
        // A command on a dropped connection has been seen to stall until the socket timeout (60 s) ends it,
        // so progress is given that long here; what is asserted is that nothing accepted is lost.
        await().atMost(STALLED).until(() -> burst.accepted.get() + burst.refused.get() > 150);
        FaultInjection.dropDatabaseConnections("forum_app");
        running.orTimeout(STALLED.toSeconds(), TimeUnit.SECONDS).join();

        assertThat(dropped).isPositive();
        assertAcceptedCommandsStoredAndAppliedOnce();
    }

    private void assertAcceptedCommandsStoredAndAppliedOnce() {
        long stored = jdbc.sql("""
                        select count(*) from domain_event_entry
                        where payload_type = 'forum.core.venue.VenueIssueRegistered'
                          and convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' = :tenant
                        """).param("tenant", tenant.toString()).query(Long.class).single();
        assertThat(stored).as("issues stored (%s refused while broken)", burst.refused.get())
                .isEqualTo(burst.accepted.get());
        checks.awaitEqual(SETTLE, tenant);
    }
}
