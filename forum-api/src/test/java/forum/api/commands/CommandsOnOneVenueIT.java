package forum.api.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import forum.core.venue.VenueIssueRegistered;
import forum.projections.personaldata.PersonalFields;
import forum.projections.personaldata.SubjectKeys;

import forum.api.eventstore.EventRelay;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.ReadModelChecks;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;

/**
 * Many clients registering issues at one venue at once, with and without an Idempotency-Key: every issue the API
 * accepted reaches the venue register, and the venue's events reach the topic in sequence order. A request with a
 * key runs its command inside the transaction that stores the key's answer; the venue's lock must be held until
 * that transaction commits, or the next request appends the following sequence first and the consumers skip the
 * earlier one for good.
 */
@ForumIntegrationTest
class CommandsOnOneVenueIT {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 6;
    private static final int REQUESTS_PER_CLIENT = 6;

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    ObjectMapper json;

    @Autowired
    PersonalFields personalFields;

    @Value("${forum.kafka.topics.domain-events:forum.domain-events}")
    String topic;

    final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    @AfterEach
    void stopClients() throws InterruptedException {
        clients.shutdownNow();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyAcceptedIssueReachesTheVenueRegisterWithAndWithoutIdempotencyKeys() throws Exception {
        TestMunicipality municipality = TestMunicipality.signUp(http, accounts);
        UUID tenant = municipality.tenantId();
        UUID venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, "Nattklubben", "Storgatan 1", "L-" + venue, "Natt AB",
                LicenceKind.PERMANENT_PUBLIC, "11-01"));
        TestRestTemplate coordinator = municipality.as(http, forum.api.security.Role.COORDINATOR);

        List<String> accepted = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Future<List<String>>> sent = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                boolean keyed = client % 4 != 3;
                String name = "round " + round + " client " + client;
                sent.add(clients.submit(() -> post(coordinator, venue, name, keyed)));
            }
            for (Future<List<String>> client : sent) {
                accepted.addAll(client.get(2, TimeUnit.MINUTES));
            }
        }

        assertThat(accepted).hasSizeGreaterThan(CLIENTS * ROUNDS * REQUESTS_PER_CLIENT / 2);
        assertThat(storedDescriptions(tenant)).containsExactlyInAnyOrderElementsOf(accepted);
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        checks.awaitEqual(Duration.ofSeconds(60), tenant);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(registeredDescriptions(tenant, venue)).containsExactlyInAnyOrderElementsOf(accepted));
        assertSequenceOrderOnTheTopic(tenant, venue.toString(), 1 + accepted.size());
    }

    /** The descriptions of the issues the API answered 201 for; a refused race (409) is not accepted. */
    private List<String> post(TestRestTemplate coordinator, UUID venue, String client, boolean keyed) {
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            String description = client + " issue " + i;
            HttpHeaders headers = new HttpHeaders();
            if (keyed) {
                headers.set("Idempotency-Key", UUID.randomUUID().toString());
            }
            Map<String, Object> issue = Map.of("category", "DISORDER",
                    "observedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "source", "POLICE",
                    "description", description, "severity", "LOW");
            int status = coordinator.exchange("/api/v1/venues/" + venue + "/issues", HttpMethod.POST,
                    new HttpEntity<>(issue, headers), JsonNode.class).getStatusCode().value();
            assertThat(status).as("answer to %s", description).isIn(201, 409);
            if (status == 201) {
                accepted.add(description);
            }
        }
        return accepted;
    }

    /** The descriptions as the event store holds them, each sealed with its issue's key, opened. */
    private List<String> storedDescriptions(UUID tenant) {
        return relay.jdbc().sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                        where payload_type = 'forum.core.venue.VenueIssueRegistered'
                          and convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' = :tenant
                        """).param("tenant", tenant.toString()).query(String.class).list().stream().map(payload -> {
                    try {
                        ObjectNode event = (ObjectNode) json.readTree(payload);
                        assertThat(SubjectKeys.isSealed(event.get("description").textValue())).isTrue();
                        personalFields.open(VenueIssueRegistered.class, event);
                        return event.get("description").textValue();
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private List<String> registeredDescriptions(UUID tenant, UUID venue) {
        return transaction.execute(status -> {
            jdbc.sql("select set_config('forum.tenant_id', :tenant, true)").param("tenant", tenant.toString())
                    .query(String.class).single();
            return jdbc.sql("select description from venue_issue where venue_id = :venue").param("venue", venue)
                    .query(String.class).list();
        });
    }

    /**
     * Reads the tenant's records from the topic's start: each new sequence of the venue follows the greatest one
     * before it. A record sent again (the publisher resends after a failure) may repeat an earlier sequence.
     */
    private void assertSequenceOrderOnTheTopic(UUID tenant, String venue, long events) {
        Properties fromStart = new Properties();
        fromStart.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Long> greatest = new HashMap<>();
        List<String> outOfOrder = new ArrayList<>();
        try (Consumer<String, String> consumer = consumers.createConsumer("order-" + UUID.randomUUID(), null, null,
                fromStart)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (tenant.toString().equals(record.key())) {
                        DomainEventRecord event = CloudEventEnvelope.read(json, record.value());
                        long last = greatest.getOrDefault(event.subject(), -1L);
                        if (event.sequence() > last + 1) {
                            outOfOrder.add(event.subject() + ": " + event.sequence() + " after " + last);
                        }
                        greatest.put(event.subject(), Math.max(last, event.sequence()));
                    }
                }
                return greatest.getOrDefault(venue, -1L) == events - 1;
            });
        }
        assertThat(outOfOrder).isEmpty();
    }
}
