package forum.api.eventstore;

import forum.api.support.InTenant;
import forum.projections.runtime.TenantScope;
import org.springframework.transaction.support.TransactionTemplate;
import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.CompleteActionItem;
import forum.core.meeting.Meeting;
import forum.core.meeting.ScheduleMeeting;
import forum.core.shared.DomainRuleViolation;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.RecommendationKind;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.LicenceKind;
import forum.core.venue.UpdateVenueDetails;
import forum.core.venue.Venue;
import forum.core.venue.VenueDetail;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Aggregates with long streams are snapshotted, and what the snapshot restores still enforces every rule. */
@ForumIntegrationTest
class AggregateSnapshotsIT {

    private static final int EVENTS = AggregateSnapshots.EVENTS_PER_SNAPSHOT + 20;

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
    RecentAggregates recentAggregates;

    private VenueCommands venues;

    @BeforeEach
    void venues() {
        venues = new VenueCommands(commands);
    }

    @Test
    void aVenueRestoredFromItsSnapshotKnowsItsIssuesAndItsMunicipality() {
        UUID tenant = UUID.randomUUID();
        UUID venue = venues.registerVenue(tenant);
        List<UUID> issues = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            issues.add(venues.registerIssue(tenant, venue));
        }

        // Taken by the snapshotter's own thread, after the commit.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(snapshotSequence(venue))
                .isGreaterThanOrEqualTo(AggregateSnapshots.EVENTS_PER_SNAPSHOT - 1L));
        assertThat(new InTenant(transaction, tenantScope).get(tenant, () -> eventStore.readEvents(venue.toString())
                .next().getPayload())).isInstanceOf(Venue.class);
        recentAggregates.forgetAll(); // so that the commands below load the venue from its snapshot

        UUID early = issues.get(0);
        commands.sendAndWait(new ResolveVenueIssue(tenant, venue, early, "Dørvakt byttet"));
        assertThatThrownBy(() -> commands.sendAndWait(new ResolveVenueIssue(tenant, venue, early, "Igjen")))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("already resolved");
        assertThatThrownBy(() -> commands.sendAndWait(
                new ResolveVenueIssue(tenant, venue, UUID.randomUUID(), "Finnes ikke")))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("no such issue");
        assertThatThrownBy(() -> venues.registerIssue(UUID.randomUUID(), venue))
                .as("another municipality's command finds no venue").isInstanceOf(AggregateNotFoundException.class);
        assertThat(storedEvents(venue)).as("the refused commands stored nothing").isEqualTo(EVENTS + 2);

        // The licence holder is personal data: the snapshot keeps a digest of it, enough to tell what an update changes.
        assertThat(snapshotPayloads(venue)).isNotEmpty().noneMatch(payload -> payload.contains("Nord AS"));
        recentAggregates.forgetAll();
        assertThat(commands.<Set<VenueDetail>>sendAndWait(new UpdateVenueDetails(tenant, venue, "Bar Nord", "Storgata 1",
                "Nord AS", LicenceKind.PERMANENT_PUBLIC, "11-02", null, null))).as("nothing changed").isEmpty();
        assertThat(commands.<Set<VenueDetail>>sendAndWait(new UpdateVenueDetails(tenant, venue, "Bar Nord", "Storgata 1",
                "Sør AS", LicenceKind.PERMANENT_PUBLIC, "11-02", null, null)))
                .containsExactly(VenueDetail.LICENCE_HOLDER);
    }

    private List<String> snapshotPayloads(UUID aggregate) {
        return relay.jdbc().sql("""
                        select convert_from(payload, 'UTF8') from snapshot_event_entry where aggregate_identifier = :id
                        """)
                .param("id", aggregate.toString()).query(String.class).list();
    }

    @Test
    void aSnapshottedMeetingIsStillFoundByTheVenueThatNamesIt() {
        UUID tenant = UUID.randomUUID();
        UUID forum = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forum, "Trygt uteliv", ForumMethod.NIGHTLIFE_SAFETY, 4));
        commands.sendAndWait(new AddForumMember(tenant, forum, member, "Pia Politi", "pia@politi.example",
                "Politiet", MemberRole.POLICE));
        UUID meeting = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(tenant, meeting, forum,
                Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), Duration.ofMinutes(90),
                "Rådhuset", List.of("Status")));
        List<UUID> actionItems = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            UUID actionItem = UUID.randomUUID();
            commands.sendAndWait(new AssignActionItem(tenant, meeting, actionItem, member, "Kontroll av legitimasjon",
                    LocalDate.now().plusDays(30)));
            actionItems.add(actionItem);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new InTenant(transaction, tenantScope)
                .get(tenant, () -> eventStore.readEvents(meeting.toString()).next().getPayload()))
                .isInstanceOf(Meeting.class));
        recentAggregates.forgetAll();

        commands.sendAndWait(new CompleteActionItem(tenant, meeting, actionItems.get(0)));
        assertThatThrownBy(() -> commands.sendAndWait(new CompleteActionItem(tenant, meeting, actionItems.get(0))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("already completed");

        UUID venue = venues.registerVenue(tenant);
        UUID issue = venues.registerIssue(tenant, venue);
        commands.sendAndWait(new IssueLicenceRecommendation(tenant, venue, UUID.randomUUID(),
                RecommendationKind.WARNING, "Gjentatte avvik", Set.of(issue), meeting));
        UUID elsewhere = UUID.randomUUID();
        UUID otherVenue = venues.registerVenue(elsewhere);
        UUID otherIssue = venues.registerIssue(elsewhere, otherVenue);
        assertThatThrownBy(() -> commands.sendAndWait(new IssueLicenceRecommendation(elsewhere, otherVenue,
                UUID.randomUUID(), RecommendationKind.WARNING, "Annen kommunes møte", Set.of(otherIssue), meeting)))
                .as("another municipality's meeting").isInstanceOf(DomainRuleViolation.class);
    }

    private long snapshotSequence(UUID aggregate) {
        return relay.jdbc().sql("""
                        select coalesce(max(sequence_number), -1) from snapshot_event_entry
                        where aggregate_identifier = :id
                        """).param("id", aggregate.toString()).query(Long.class).single();
    }

    private long storedEvents(UUID aggregate) {
        return relay.jdbc().sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
                .param("id", aggregate.toString()).query(Long.class).single();
    }
}
