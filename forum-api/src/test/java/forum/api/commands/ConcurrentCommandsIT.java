package forum.api.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.support.InTenant;
import forum.projections.runtime.TenantScope;
import org.springframework.transaction.support.TransactionTemplate;
import forum.api.eventstore.EventRelay;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.meeting.CancelMeeting;
import forum.core.meeting.DecisionRecorded;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.RecordDecision;
import forum.core.meeting.ScheduleMeeting;
import forum.core.shared.DomainRuleViolation;

/**
 * Commands racing on one meeting: the event store's optimistic lock (unique aggregate and sequence) and Axon's
 * per-aggregate lock let each command either be stored or refused, never half done, and nothing is lost.
 */
@ForumIntegrationTest
class ConcurrentCommandsIT {

    private static final int RACERS = 8;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;


    @Autowired

    TransactionTemplate transaction;


    @Autowired

    TenantScope tenantScope;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    final UUID tenant = UUID.randomUUID();
    final ExecutorService threads = Executors.newFixedThreadPool(RACERS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void decisionsRecordedAtOnceAreEachStoredOnceOrRefusedAsConcurrent() throws Exception {
        UUID meetingId = scheduleMeeting(tenant);

        List<Object> outcomes = race(RACERS, i -> () -> {
            commands.sendAndWait(new RecordDecision(tenant, meetingId, "Beslut " + i));
            return "Beslut " + i;
        });

        List<String> accepted = outcomes.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfAny(String.class, ConcurrencyException.class));
        assertThat(accepted).isNotEmpty();
        assertGaplessStream(meetingId, 1 + accepted.size());
        List<String> storedTexts = new InTenant(transaction, tenantScope).get(tenant, () -> eventStore
                .readEvents(meetingId.toString()).asStream()
                .filter(event -> event.getPayload() instanceof DecisionRecorded)
                .map(event -> ((DecisionRecorded) event.getPayload()).text()).toList());
        assertThat(storedTexts).containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    void twoCancellationsAtOnceCancelTheMeetingOnce() throws Exception {
        UUID meetingId = scheduleMeeting(tenant);

        List<Object> outcomes = race(2, i -> () -> {
            commands.sendAndWait(new CancelMeeting(tenant, meetingId, "Grund " + i));
            return "cancelled";
        });

        assertThat(outcomes).filteredOn("cancelled"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Throwable.class::isInstance).singleElement()
                .satisfies(refusal -> assertThat(refusal).isInstanceOfAny(ConcurrencyException.class,
                        DomainRuleViolation.class));
        assertThat(StoredEvents.count(relay, meetingId, MeetingCancelled.class)).isEqualTo(1);
        assertGaplessStream(meetingId, 2);
    }

    /**
     * Two API instances that loaded the same version of the meeting both append the next event: the event
     * store's unique (aggregate, sequence) lets one through and the other gets Axon's ConcurrencyException.
     */
    @Test
    void twoWritersOfTheSameVersionOneWinsTheOtherGetsAConcurrencyException() throws Exception {
        UUID meetingId = scheduleMeeting(tenant);
        InTenant inTenant = new InTenant(transaction, tenantScope);
        long loadedVersion = inTenant.get(tenant, () -> eventStore.lastSequenceNumberFor(meetingId.toString()))
                .orElseThrow();

        List<Object> outcomes = race(2, i -> () -> {
            inTenant.run(tenant, () -> eventStore.publish(new GenericDomainEventMessage<>("Meeting",
                    meetingId.toString(), loadedVersion + 1, new DecisionRecorded(tenant, meetingId, "Instans " + i),
                    Map.of("tenantId", tenant.toString()))));
            return "stored";
        });

        assertThat(outcomes).filteredOn("stored"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Throwable.class::isInstance).singleElement()
                .isInstanceOf(ConcurrencyException.class);
        assertGaplessStream(meetingId, 2);
    }

    @Test
    void overHttpEachRacingRequestIsStoredOrAnswered409() throws Exception {
        TestMunicipality municipality = TestMunicipality.signUp(http, accounts);
        UUID meetingId = scheduleMeeting(municipality.tenantId());
        TestRestTemplate coordinator = municipality.as(http, Role.COORDINATOR);

        List<Object> outcomes = race(RACERS, i -> () -> coordinator.exchange(
                "/api/v1/meetings/" + meetingId + "/decisions", HttpMethod.POST,
                new HttpEntity<>(Map.of("text", "Beslut " + i)), JsonNode.class).getStatusCode());

        assertThat(outcomes).allSatisfy(status -> assertThat(status).isIn(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT));
        long accepted = outcomes.stream().filter(HttpStatus.NO_CONTENT::equals).count();
        assertThat(accepted).isPositive();
        assertGaplessStream(meetingId, 1 + accepted);
    }

    private UUID scheduleMeeting(UUID tenantId) {
        UUID forumId = UUID.randomUUID();
        UUID meetingId = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenantId, forumId, "Racing forum", ForumMethod.OTHER, 4));
        commands.sendAndWait(new ScheduleMeeting(tenantId, meetingId, forumId, Instant.now().plus(Duration.ofDays(1)),
                Duration.ofHours(1), "Town hall", List.of()));
        return meetingId;
    }

    /** Starts all tasks at the same instant; each outcome is the task's result or what it threw. */
    private List<Object> race(int racers, IntFunction<Callable<Object>> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(racers);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Callable<Object> work = task.apply(i);
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return work.call();
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private void assertGaplessStream(UUID aggregateId, long expectedEvents) {
        assertThat(StoredEvents.of(relay, aggregateId)).extracting(StoredEvents.Row::sequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, expectedEvents).boxed().toList());
    }
}
