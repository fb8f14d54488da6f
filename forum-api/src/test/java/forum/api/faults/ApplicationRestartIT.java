package forum.api.faults;

import forum.api.eventstore.EventRelay;
import forum.api.ForumApplication;
import forum.api.support.ReadModelChecks;
import forum.core.municipality.Country;
import forum.core.municipality.SignUpMunicipality;
import forum.infra.FaultInjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The application stops in the middle of a burst (its publisher and consumers with it) and a new instance
 * starts on the same database and broker: it publishes and applies what the first one had not.
 */
class ApplicationRestartIT {

    private static final int ISSUES = 400;
    private static final Duration PROGRESS = Duration.ofSeconds(60);

    @Test
    void aRestartMidBurstLeavesTheReadModelsEqualToTheEventStore() {
        List<UUID> tenants = List.of(UUID.randomUUID(), UUID.randomUUID());
        Burst burst;
        try (ConfigurableApplicationContext first = start()) {
            assumeThat(FaultInjection.available()).as("embedded servers").isTrue();
            CommandGateway commands = first.getBean(CommandGateway.class);
            for (UUID tenant : tenants) {
                commands.sendAndWait(new SignUpMunicipality(tenant, "Omstartby " + tenants.indexOf(tenant),
                        Country.NO, String.valueOf(ThreadLocalRandom.current().nextInt(5000, 10000)), "Kari",
                        "kari@omstart.example"));
            }
            burst = new Burst(commands, tenants, 2);
            CompletableFuture<Void> running = burst.start(ISSUES);
            await().atMost(PROGRESS).until(() -> burst.accepted.get() > 100);
            first.close();
            running.join();
        }
        try (ConfigurableApplicationContext second = start()) {
            ReadModelChecks checks = new ReadModelChecks(second.getBean(JdbcClient.class), second.getBean(EventRelay.class),
                    second.getBean(TransactionTemplate.class));
            burst.sendRefusedAgain(second.getBean(CommandGateway.class));
            assertThat(burst.accepted.get()).as("every issue accepted, by the first instance or the second")
                    .isEqualTo(ISSUES);
            for (UUID tenant : tenants) {
                assertThat(checks.issuesStored(tenant)).as("issues of %s stored (%s stored though refused)",
                        tenant, burst.storedThoughRefused.get()).isEqualTo(burst.accepted(tenant));
            }
            checks.awaitEqual(Duration.ofSeconds(90), tenants.toArray(UUID[]::new));
            for (UUID tenant : tenants) {
                assertThat(checks.issuesInVenueRegister(tenant)).isEqualTo(burst.accepted(tenant));
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ForumApplication.class).run("--forum.infra.servers=throwaway",
                "--forum.demo.enabled=false", "--server.port=0");
    }
}
