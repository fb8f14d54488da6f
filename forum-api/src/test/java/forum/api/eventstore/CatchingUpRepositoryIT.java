package forum.api.eventstore;

import forum.api.support.InTenant;
import forum.projections.runtime.TenantScope;
import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import forum.core.shared.DomainRuleViolation;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Venues stay in memory between commands, and a command still decides on every event stored for its venue: those
 * another API instance appended meanwhile, and never one of its own that did not commit. "Another instance" is
 * played by appending to the event store directly, as that instance's repository would.
 */
@ForumIntegrationTest
class CatchingUpRepositoryIT {

    private static final Instant OBSERVED = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;


    @Autowired

    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    private VenueCommands venues;

    @BeforeEach
    void venues() {
        venues = new VenueCommands(commands);
    }

    @Test
    void aCachedVenueKnowsTheIssuesAnotherInstanceRegistered() {
        UUID tenant = UUID.randomUUID();
        UUID venue = venues.registerVenue(tenant);
        venues.registerIssue(tenant, venue); // the venue is now in memory, at sequence 1

        UUID elsewhere = appendedByAnotherInstance(tenant, venue, 2);

        commands.sendAndWait(new ResolveVenueIssue(tenant, venue, elsewhere, "Løst på det andre stedet"));
        assertThatThrownBy(() -> commands.sendAndWait(new ResolveVenueIssue(tenant, venue, elsewhere, "Igjen")))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("already resolved");
        venues.registerIssue(tenant, venue);
        assertThat(sequences(venue)).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void aCommandThatLostTheRaceForItsSequenceLeavesNothingBehindInMemory() throws Exception {
        UUID tenant = UUID.randomUUID();
        UUID venue = venues.registerVenue(tenant);
        venues.registerIssue(tenant, venue);

        // The other instance has inserted sequence 2 and not yet committed when this instance's command reads
        // the venue, so the command decides on sequence 1 and its append waits on the other's unique key.
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UUID elsewhere = UUID.randomUUID();
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            append(tenant, venue, 2, elsewhere);
            inserted.countDown();
            awaitQuietly(release);
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        UUID lost = UUID.randomUUID();
        CompletableFuture<Object> command = CompletableFuture.supplyAsync(() -> commands.sendAndWait(
                VenueCommands.registerIssue(tenant, venue, lost)));
        await().atMost(Duration.ofSeconds(30)).until(this::anInsertWaitsOnALock);
        release.countDown();
        other.get(30, TimeUnit.SECONDS);

        assertThatThrownBy(() -> command.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ConcurrencyException.class);
        commands.sendAndWait(new ResolveVenueIssue(tenant, venue, elsewhere, "Kjent her også"));
        assertThatThrownBy(() -> commands.sendAndWait(new ResolveVenueIssue(tenant, venue, lost, "Aldri lagret")))
                .as("the issue whose append lost is not remembered").isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("no such issue");
        assertThat(sequences(venue)).containsExactly(0L, 1L, 2L, 3L);
    }

    private UUID appendedByAnotherInstance(UUID tenant, UUID venue, long sequence) {
        UUID issue = UUID.randomUUID();
        append(tenant, venue, sequence, issue);
        return issue;
    }

    /** As another instance's command would: in the tenant's transaction (joined when one is open already). */
    private void append(UUID tenant, UUID venue, long sequence, UUID issue) {
        new InTenant(transaction, tenantScope).run(tenant, () -> eventStore.publish(new GenericDomainEventMessage<>(
                "Venue", venue.toString(), sequence, new VenueIssueRegistered(tenant, venue, issue,
                IssueCategory.VIOLENCE, OBSERVED, IssueSource.POLICE, "Slagsmål ved inngangen", Severity.HIGH),
                Map.of(EventMetadata.TENANT, tenant.toString(), EventMetadata.ACTOR, "system"))));
    }

    private boolean anInsertWaitsOnALock() {
        return jdbc.sql("""
                        select count(*) > 0 from pg_stat_activity
                        where wait_event_type = 'Lock' and query ilike 'insert into domain_event_entry%'""")
                .query(Boolean.class).single();
    }

    private List<Long> sequences(UUID aggregate) {
        return relay.jdbc().sql("select sequence_number from domain_event_entry where aggregate_identifier = :id order by 1")
                .param("id", aggregate.toString()).query(Long.class).list();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
