package forum.api.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import forum.api.support.InTenant;
import forum.projections.runtime.TenantScope;
import org.springframework.transaction.support.TransactionTemplate;
import forum.api.eventstore.EventRelay;
import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.support.ForumIntegrationTest;
import forum.core.forum.AddForumMember;
import forum.core.forum.AppointCoordinator;
import forum.core.forum.CoordinatorAppointed;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMemberRemoved;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.forum.RemoveForumMember;
import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.ActionItemCompleted;
import forum.core.meeting.ApproveMinutes;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.AttendanceRecorded;
import forum.core.meeting.Attendee;
import forum.core.meeting.CancelMeeting;
import forum.core.meeting.CompleteActionItem;
import forum.core.meeting.DecisionRecorded;
import forum.core.meeting.MeetingCancelled;
import forum.core.meeting.MeetingRescheduled;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesApproved;
import forum.core.meeting.MinutesRecorded;
import forum.core.meeting.RecordAttendance;
import forum.core.meeting.RecordDecision;
import forum.core.meeting.RecordMinutes;
import forum.core.meeting.RescheduleMeeting;
import forum.core.meeting.ScheduleMeeting;
import forum.core.municipality.Country;
import forum.core.municipality.Municipality;
import forum.core.municipality.MunicipalitySignedUp;
import forum.core.municipality.SignUpMunicipality;
import forum.core.network.CreateNetwork;
import forum.core.network.InviteMunicipalityToNetwork;
import forum.core.network.JoinNetwork;
import forum.core.network.LeaveNetwork;
import forum.core.network.MunicipalityInvitedToNetwork;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.MunicipalityLeftNetwork;
import forum.core.network.NetworkCreated;
import forum.core.shared.DomainRuleViolation;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.RecommendationKind;
import forum.core.venue.RecordLicensingDecision;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.RevokeLicenceRecommendation;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueIssueResolved;
import forum.core.venue.VenueRegistered;

/**
 * Every first-wave command through the application's command gateway against the real event store: each
 * aggregate's stream is read back (and deserialized) in full, and every event carries the tenant, the acting
 * user and the correlation id of the command that caused it.
 */
@ForumIntegrationTest
class EveryCommandIT {

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

    final UUID tenant = UUID.randomUUID();
    final ForumUser actor = new ForumUser(UUID.randomUUID(), tenant, "actor@example.se", "unused", "Actor",
            EnumSet.of(Role.COORDINATOR));

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signUpMunicipality() {
        String code = signUp(tenant);
        String key = Municipality.keyOf(Country.NO, code);
        assertStream(key, tenant, new MunicipalitySignedUp(tenant, key, "Gatewayby", Country.NO, code,
                "Kari Nordmann", "kari@example.no"));
    }

    /** Signs the tenant up under a free official code, which it returns. */
    private String signUp(UUID tenantId) {
        for (int attempt = 1; ; attempt++) {
            String code = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
            try {
                commands.sendAndWait(new SignUpMunicipality(tenantId, "Gatewayby", Country.NO, code, "Kari Nordmann",
                        "kari@example.no"));
                return code;
            } catch (DomainRuleViolation taken) {
                assertThat(attempt).as("free official code found").isLessThan(20);
            }
        }
    }

    @Test
    void forumCommands() {
        UUID forumId = UUID.randomUUID();
        UUID police = UUID.randomUUID();
        UUID ssp = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forumId, "Nattelivsforum", ForumMethod.RESPONSIBLE_SERVING, 4));
        commands.sendAndWait(new AddForumMember(tenant, forumId, police, "Per Politi", "per@politi.no", "Politiet",
                MemberRole.POLICE));
        commands.sendAndWait(new AddForumMember(tenant, forumId, ssp, "Siri SSP", null, "SSP", MemberRole.SSP));
        commands.sendAndWait(new AppointCoordinator(tenant, forumId, police));
        commands.sendAndWait(new RemoveForumMember(tenant, forumId, ssp));

        assertStream(forumId, tenant,
                new ForumEstablished(tenant, forumId, "Nattelivsforum", ForumMethod.RESPONSIBLE_SERVING, 4),
                new ForumMemberAdded(tenant, forumId, police, "Per Politi", "per@politi.no", "Politiet",
                        MemberRole.POLICE),
                new ForumMemberAdded(tenant, forumId, ssp, "Siri SSP", null, "SSP", MemberRole.SSP),
                new CoordinatorAppointed(tenant, forumId, police),
                new ForumMemberRemoved(tenant, forumId, ssp));
    }

    @Test
    void meetingCommands() {
        UUID forumId = UUID.randomUUID();
        UUID police = UUID.randomUUID();
        UUID licensing = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forumId, "Samverkan krog", ForumMethod.KROGAR_MOT_KNARK, 6));
        commands.sendAndWait(new AddForumMember(tenant, forumId, police, "Pelle Polis", null, "Polisen",
                MemberRole.POLICE));
        commands.sendAndWait(new AddForumMember(tenant, forumId, licensing, "Tina Tillstånd", null, "Tillstånd",
                MemberRole.LICENSING));

        UUID meetingId = UUID.randomUUID();
        UUID actionItemId = UUID.randomUUID();
        Instant firstStart = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        Instant start = Instant.now().plusMillis(300);
        LocalDate due = LocalDate.now().plusDays(30);
        commands.sendAndWait(new ScheduleMeeting(tenant, meetingId, forumId, firstStart, Duration.ofHours(2),
                "Rådhuset", List.of("Läget i city", "Tillsyn")));
        commands.sendAndWait(new RescheduleMeeting(tenant, meetingId, start, Duration.ofMinutes(90), "Polishuset"));
        commands.sendAndWait(new RecordAttendance(tenant, meetingId, Set.of(police)));
        commands.sendAndWait(new RecordDecision(tenant, meetingId, "Gemensam tillsyn i december"));
        commands.sendAndWait(new AssignActionItem(tenant, meetingId, actionItemId, licensing, "Boka tillsyn", due));
        commands.sendAndWait(new CompleteActionItem(tenant, meetingId, actionItemId));
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(start));
        commands.sendAndWait(new RecordMinutes(tenant, meetingId, "Protokoll"));
        commands.sendAndWait(new ApproveMinutes(tenant, meetingId));

        List<Attendee> members = List.of(new Attendee(police, MemberRole.POLICE),
                new Attendee(licensing, MemberRole.LICENSING));
        assertStream(meetingId, tenant,
                new MeetingScheduled(tenant, meetingId, forumId, firstStart, Duration.ofHours(2), "Rådhuset",
                        List.of("Läget i city", "Tillsyn")),
                new MeetingRescheduled(tenant, meetingId, start, Duration.ofMinutes(90), "Polishuset"),
                new AttendanceRecorded(tenant, meetingId, forumId,
                        members.stream().filter(a -> a.memberId().equals(police)).toList(),
                        members.stream().filter(a -> !a.memberId().equals(police)).toList()),
                new DecisionRecorded(tenant, meetingId, "Gemensam tillsyn i december"),
                new ActionItemAssigned(tenant, meetingId, actionItemId, licensing, "Boka tillsyn", due),
                new ActionItemCompleted(tenant, meetingId, actionItemId),
                new MinutesRecorded(tenant, meetingId, "Protokoll"),
                new MinutesApproved(tenant, meetingId));

        UUID cancelledId = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(tenant, cancelledId, forumId, firstStart, Duration.ofHours(1),
                "Rådhuset", List.of()));
        commands.sendAndWait(new CancelMeeting(tenant, cancelledId, "Krockar med valvakan"));
        assertStream(cancelledId, tenant,
                new MeetingScheduled(tenant, cancelledId, forumId, firstStart, Duration.ofHours(1), "Rådhuset",
                        List.of()),
                new MeetingCancelled(tenant, cancelledId, "Krockar med valvakan"));
    }

    @Test
    void venueCommands() {
        UUID venueId = UUID.randomUUID();
        UUID issueId = UUID.randomUUID();
        UUID revoked = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        UUID decisionOnRecommendation = UUID.randomUUID();
        UUID standaloneDecision = UUID.randomUUID();
        UUID forumId = UUID.randomUUID();
        UUID meetingId = UUID.randomUUID();
        Instant observedAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now();
        // The meeting where the forum agreed on the first recommendation.
        commands.sendAndWait(new EstablishForum(tenant, forumId, "Trygg by", ForumMethod.OTHER, 4));
        commands.sendAndWait(new ScheduleMeeting(tenant, meetingId, forumId,
                Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS), Duration.ofHours(1),
                "Rådhuset", List.of("Skjenkesaker")));

        commands.sendAndWait(new RegisterVenue(tenant, venueId, "Baren", "Storgata 1", "SK-2026-1", "Baren AS",
                LicenceKind.PERMANENT_PUBLIC, "18-03"));
        commands.sendAndWait(new RegisterVenueIssue(tenant, venueId, issueId, IssueCategory.SERVING_MINORS,
                observedAt, IssueSource.POLICE, "Servering til 17-åring", Severity.HIGH));
        commands.sendAndWait(new ResolveVenueIssue(tenant, venueId, issueId, "Opplæring gjennomført"));
        commands.sendAndWait(new IssueLicenceRecommendation(tenant, venueId, revoked, RecommendationKind.WARNING,
                "Gjentatte brudd", Set.of(issueId), meetingId));
        commands.sendAndWait(new RevokeLicenceRecommendation(tenant, venueId, revoked, "Nye opplysninger"));
        commands.sendAndWait(new IssueLicenceRecommendation(tenant, venueId, decided, RecommendationKind.NO_ACTION,
                "Forholdet er rettet", Set.of(), null));
        commands.sendAndWait(new RecordLicensingDecision(tenant, venueId, decisionOnRecommendation, decided,
                DecisionOutcome.NO_ACTION, today, null, null));
        commands.sendAndWait(new RecordLicensingDecision(tenant, venueId, standaloneDecision, null,
                DecisionOutcome.SUSPENSION, today, today.plusDays(7), "Sak 2026/42"));

        assertStream(venueId, tenant,
                new VenueRegistered(tenant, venueId, "Baren", "Storgata 1", "SK-2026-1", "Baren AS",
                        LicenceKind.PERMANENT_PUBLIC, "18-03"),
                new VenueIssueRegistered(tenant, venueId, issueId, IssueCategory.SERVING_MINORS, observedAt,
                        IssueSource.POLICE, "Servering til 17-åring", Severity.HIGH),
                new VenueIssueResolved(tenant, venueId, issueId, "Opplæring gjennomført"),
                new LicenceRecommendationIssued(tenant, venueId, revoked, RecommendationKind.WARNING,
                        "Gjentatte brudd", Set.of(issueId), meetingId),
                new LicenceRecommendationRevoked(tenant, venueId, revoked, "Nye opplysninger"),
                new LicenceRecommendationIssued(tenant, venueId, decided, RecommendationKind.NO_ACTION,
                        "Forholdet er rettet", Set.of(), null),
                new LicensingDecisionRecorded(tenant, venueId, decisionOnRecommendation, decided,
                        DecisionOutcome.NO_ACTION, today, null, null),
                new LicensingDecisionRecorded(tenant, venueId, standaloneDecision, null,
                        DecisionOutcome.SUSPENSION, today, today.plusDays(7), "Sak 2026/42"));
    }

    @Test
    void networkCommands() {
        UUID networkId = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        signUp(tenant);
        commands.sendAndWait(new CreateNetwork(networkId, "Krogar mot knark", Country.SE));
        commands.sendAndWait(new InviteMunicipalityToNetwork(tenant, networkId));
        commands.sendAndWait(new JoinNetwork(tenant, networkId));
        commands.sendAndWait(new LeaveNetwork(tenant, networkId));

        assertPayloads(networkId,
                new NetworkCreated(networkId, "Krogar mot knark", Country.SE),
                new MunicipalityInvitedToNetwork(networkId, tenant),
                new MunicipalityJoinedNetwork(networkId, tenant),
                new MunicipalityLeftNetwork(networkId, tenant));
        List<StoredEvents.Row> rows = StoredEvents.of(relay, networkId);
        // The operator creates a network in no tenant; the invitation, joining and leaving are the municipality's.
        assertThat(rows).extracting(StoredEvents.Row::tenantId).containsExactly(null, tenant.toString(),
                tenant.toString(), tenant.toString());
        assertActorAndCorrelation(rows);
    }

    @Test
    void commandsSentOutsideARequestAreRecordedAsTheSystemsActs() {
        SecurityContextHolder.clearContext();
        UUID forumId = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forumId, "Systemforum", ForumMethod.OTHER, 2));

        assertThat(StoredEvents.of(relay, forumId)).singleElement()
                .satisfies(row -> assertThat(row.userId()).isEqualTo(CurrentUser.SYSTEM))
                .satisfies(row -> assertThat(row.tenantId()).isEqualTo(tenant.toString()));
    }

    private void assertStream(Object aggregateId, UUID expectedTenant, Object... expectedEvents) {
        assertPayloads(aggregateId, expectedEvents);
        List<StoredEvents.Row> rows = StoredEvents.of(relay, aggregateId);
        assertThat(rows).extracting(StoredEvents.Row::tenantId).containsOnly(expectedTenant.toString());
        assertActorAndCorrelation(rows);
    }

    /** The stored rows, in order, and the stream as the event store hands it back to aggregates. */
    private void assertPayloads(Object aggregateId, Object... expectedEvents) {
        List<StoredEvents.Row> rows = StoredEvents.of(relay, aggregateId);
        assertThat(rows).extracting(StoredEvents.Row::sequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, expectedEvents.length).boxed().toList());
        assertThat(rows).extracting(StoredEvents.Row::payloadType)
                .containsExactly(Arrays.stream(expectedEvents).map(e -> e.getClass().getName())
                        .toArray(String[]::new));
        List<Object> reloaded = new InTenant(transaction, tenantScope).get(tenant, () -> eventStore
                .readEvents(aggregateId.toString()).asStream().map(EventMessage::getPayload).map(Object.class::cast)
                .toList());
        assertThat(reloaded).containsExactly(expectedEvents);
    }

    /** One event per command here, so every correlation id (the causing command's id) is distinct. */
    private void assertActorAndCorrelation(List<StoredEvents.Row> rows) {
        assertThat(rows).extracting(StoredEvents.Row::userId).containsOnly(actor.userId().toString());
        assertThat(rows).extracting(StoredEvents.Row::correlationId).doesNotContainNull().doesNotHaveDuplicates();
    }
}
