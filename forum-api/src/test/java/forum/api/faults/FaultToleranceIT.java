package forum.api.faults;

import forum.api.support.ForumIntegrationTest;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.infra.FaultInjection;
import forum.projections.stream.ProjectionConsumer;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Breaks a part of the pipeline in the middle of a burst of commands over three tenants; afterwards every
 * accepted command is in the event store and, per tenant, the read models applied exactly the events of the
 * store and hold every issue.
 */
@ForumIntegrationTest
class FaultToleranceIT {

    private static final int ISSUES = 300;
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
    private List<UUID> tenants;
    private Burst burst;

    @BeforeEach
    void tenantsWithVenues() {
        assumeThat(FaultInjection.available()).as("embedded servers to break").isTrue();
        checks = new ReadModelChecks(jdbc, transaction);
        tenants = List.of(SignUps.signUp(http).tenantId(), SignUps.signUp(http).tenantId(),
                SignUps.signUp(http).tenantId());
        burst = new Burst(commands, tenants, 2);
    }

    @Test
    void aProjectionConsumerStoppedMidStreamCatchesUpWithNothingLostOrDoubled() {
        CompletableFuture<Void> running = burst.start(ISSUES);
        MessageListenerContainer projections = consumers.getListenerContainer(ProjectionConsumer.GROUP);
        await().atMost(PROGRESS).until(() -> burst.accepted.get() > 50);

        projections.stop();
        await().atMost(PROGRESS).until(() -> burst.accepted.get() > 150);
        projections.start();
        running.join();

        assertAcceptedCommandsStoredAndAppliedOnce();
    }

    @Test
    void theBrokerRestartedWhilePublishingLosesNothing() {
        CompletableFuture<Void> running = burst.start(ISSUES);
        await().atMost(PROGRESS).until(() -> burst.accepted.get() > 50);

        FaultInjection.restartKafka();
        running.join();

        assertAcceptedCommandsStoredAndAppliedOnce();
    }

    @Test
    void databaseConnectionsDroppedDuringABurstLoseNothingAccepted() {
        CompletableFuture<Void> running = burst.start(ISSUES);
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
        burst.sendRefusedAgain(commands);
        assertThat(burst.accepted.get()).as("every issue accepted, at once or when sent again").isEqualTo(ISSUES);
        for (UUID tenant : tenants) {
            assertThat(checks.issuesStored(tenant))
                    .as("issues of %s stored (%s refused while broken, %s of them stored all the same)", tenant,
                            burst.refused.get(), burst.storedThoughRefused.get())
                    .isEqualTo(burst.accepted(tenant));
        }
        checks.awaitEqual(SETTLE, tenants.toArray(UUID[]::new));
        for (UUID tenant : tenants) {
            assertThat(checks.issuesInVenueRegister(tenant)).as("issues of %s in the venue register", tenant)
                    .isEqualTo(burst.accepted(tenant));
        }
    }
}
