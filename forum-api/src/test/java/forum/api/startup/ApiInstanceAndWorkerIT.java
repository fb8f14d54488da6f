package forum.api.startup;

import forum.api.eventstore.EventRelay;
import forum.api.ForumApplication;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.core.municipality.Country;
import forum.core.municipality.SignUpMunicipality;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;
import forum.projections.runtime.ProjectionConsumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production topology of ARCHITECTURE.md on one database and broker: an API instance that takes commands
 * and publishes them but applies nothing ({@code forum.run.projections=false}), and a projection worker that
 * applies them but does not publish ({@code forum.run.publisher=false}). What either accepts reaches the read
 * models, published by the API instance (which polls for the worker's appends) and applied by the worker alone;
 * the API instance refuses a rebuild it could not do safely, and so does a worker while another one consumes.
 */
class ApiInstanceAndWorkerIT {

    private static final int ISSUES = 30;
    /** When the test's issues were observed: any instant in the past does. */
    private static final Instant OBSERVED = Instant.parse("2026-11-01T22:30:00Z");

    @Test
    void anApiInstanceAndAProjectionWorkerTogetherKeepTheReadModelsEqualToTheEventStore() throws Exception {
        try (ConfigurableApplicationContext api = start("--forum.run.projections=false");
             ConfigurableApplicationContext worker = start("--forum.run.publisher=false")) {
            assertThat(publisher(api).isRunning()).as("the API instance publishes").isTrue();
            assertThat(consumers(api).isRunning()).as("the API instance applies nothing").isFalse();
            assertThat(publisher(worker).isRunning()).as("the worker does not publish").isFalse();
            assertThat(consumers(worker).isRunning()).as("the worker applies").isTrue();

            UUID tenant = UUID.randomUUID();
            UUID venue = UUID.randomUUID();
            CommandGateway commands = api.getBean(CommandGateway.class);
            commands.sendAndWait(new SignUpMunicipality(tenant, "Delt drift", Country.NO,
                    String.valueOf(ThreadLocalRandom.current().nextInt(5000, 10000)), "Kari", "kari@delt.example"));
            commands.sendAndWait(new RegisterVenue(tenant, venue, "Brygga", "Kaia 1", "L-" + venue, "Brygga AS",
                    LicenceKind.PERMANENT_PUBLIC, "11-01"));
            for (int i = 0; i < ISSUES; i++) {
                commands.sendAndWait(new RegisterVenueIssue(tenant, venue, UUID.randomUUID(), IssueCategory.DISORDER,
                        OBSERVED, IssueSource.POLICE, "Bråk i kön", Severity.LOW));
            }

            // The worker takes commands too; the API instance publishes what it appended without being told.
            CommandGateway workerCommands = worker.getBean(CommandGateway.class);
            for (int i = 0; i < ISSUES; i++) {
                workerCommands.sendAndWait(new RegisterVenueIssue(tenant, venue, UUID.randomUUID(),
                        IssueCategory.OVERSERVING, OBSERVED, IssueSource.POLICE,
                        "Overskjenking", Severity.MEDIUM));
            }

            ReadModelChecks checks = new ReadModelChecks(worker.getBean(JdbcClient.class), worker.getBean(EventRelay.class),
                    worker.getBean(TransactionTemplate.class));
            checks.awaitEqual(Duration.ofSeconds(60), tenant);
            assertThat(checks.issuesInVenueRegister(tenant)).isEqualTo(2 * ISSUES);

            assertRebuildRefused(api, "projections-not-run-here");
            try (ConfigurableApplicationContext secondWorker = start("--forum.run.publisher=false")) {
                // Started is not enough: the group must have handed it partitions.
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    var held = consumers(secondWorker).getAssignedPartitions();
                    return held != null && !held.isEmpty();
                });
                // The first worker cannot pause the second's consumers, whichever partitions they hold.
                assertRebuildRefused(worker, "other-workers-consuming");
            }
            assertThat(consumers(worker).isRunning()).as("the refusing worker resumed its consumers").isTrue();
            assertThat(consumers(worker).isContainerPaused()).isFalse();
            assertThat(checks.issuesInVenueRegister(tenant)).as("the refused rebuilds changed nothing")
                    .isEqualTo(2 * ISSUES);
        }
    }

    private static void assertRebuildRefused(ConfigurableApplicationContext instance, String code) throws Exception {
        HttpResponse<String> rebuild = rebuildAsOperator(instance);
        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(409);
        assertThat(rebuild.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(rebuild.body()).contains(code);
    }

    private static HttpResponse<String> rebuildAsOperator(ConfigurableApplicationContext api) throws Exception {
        String operator = "operator-" + UUID.randomUUID() + "@forum.example";
        api.getBean(UserAccounts.class).create(null, operator, SignUps.PASSWORD, "Operator", EnumSet.of(Role.OPERATOR));
        String credentials = Base64.getEncoder().encodeToString(
                (operator + ":" + SignUps.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + api.getEnvironment().getProperty("local.server.port") + "/api/v1/admin/read-models/rebuild"))
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Lifecycle publisher(ConfigurableApplicationContext context) {
        return context.getBean("publisherLoop", Lifecycle.class);
    }

    private static MessageListenerContainer consumers(ConfigurableApplicationContext context) {
        return context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(ProjectionConsumer.GROUP);
    }

    private static ConfigurableApplicationContext start(String role) {
        return new SpringApplicationBuilder(ForumApplication.class).run("--forum.infra.servers=throwaway",
                "--forum.demo.enabled=false", "--server.port=0", role);
    }
}
