package forum.api.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.InTenant;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.forum.RemoveForumMember;
import forum.core.shared.PersonalData;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import forum.projections.personaldata.PersonalFields;
import forum.projections.runtime.TenantScope;

/**
 * The retention job on the real database and broker: what was resolved or removed longer ago than the municipality's
 * period is erased (the read models show it erased and its events' values no longer open), what is more recent is
 * not, nor another municipality's data under its longer period; expired invitations and used password links are
 * deleted; each run is recorded; and one run at a time runs. "Three years ago" is the events' own time: Axon stamps
 * an event with its clock, which this test sets back while it writes the old case.
 */
@ForumIntegrationTest
class RetentionJobIT {

    private static final Duration THREE_YEARS = Duration.ofDays(3 * 365);

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    RetentionJob job;

    @Autowired
    RetentionPeriods periods;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRelay relay;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    PersonalFields personalFields;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectMapper json;

    /** One municipality's case: an issue and a member of three years ago, an issue resolved today. */
    private record Case(SignUps.Tenant tenant, UUID venue, UUID oldIssue, UUID recentIssue, UUID removedMember,
                        UUID currentMember) {
    }

    @Test
    void whatIsOlderThanThePeriodIsErasedAndRecordedWhatIsRecentOrUnderALongerPeriodIsNot() throws Exception {
        Case home = writeCase("Retentionby");
        Case other = writeCase("Langtidsby");
        periods.change(other.tenant().tenantId(), Map.of(RetentionKind.RESOLVED_ISSUE_TEXT, 5 * 365,
                RetentionKind.REMOVED_FORUM_MEMBER, 5 * 365), UUID.randomUUID());
        UUID expiredInvitation = invitation(home, Instant.now().minus(40, ChronoUnit.DAYS));
        UUID freshInvitation = invitation(home, Instant.now().minus(10, ChronoUnit.DAYS));
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        checks.awaitEqual(Duration.ofSeconds(60), home.tenant().tenantId(), other.tenant().tenantId());

        UUID run = job.run().orElseThrow();
        checks.awaitEqual(Duration.ofSeconds(60), home.tenant().tenantId(), other.tenant().tenantId());

        InTenant in = new InTenant(transaction, tenantScope);
        UUID tenant = home.tenant().tenantId();
        assertThat(issueTexts(in, tenant, home.oldIssue())).containsOnly(PersonalData.ERASED);
        assertThat(issueTexts(in, tenant, home.recentIssue())).containsExactly("Recent issue", "Resolved today");
        assertThat(memberName(in, tenant, home.removedMember())).isEqualTo(PersonalData.ERASED);
        assertThat(memberName(in, tenant, home.currentMember())).isEqualTo("Current Member");
        assertThat(registeredDescription(home, home.oldIssue())).isEqualTo(PersonalData.ERASED);
        assertThat(registeredDescription(home, home.recentIssue())).isEqualTo("Recent issue");
        assertThat(in.get(tenant, () -> jdbc.sql("select reason from personal_data_erasure where tenant_id = :t")
                .param("t", tenant).query(String.class).list())).containsOnly("RETENTION_PERIOD_ENDED");
        assertThat(in.get(tenant, () -> jdbc.sql("select invitation_id from account_invitation where tenant_id = :t")
                .param("t", tenant).query(UUID.class).list())).contains(freshInvitation)
                .doesNotContain(expiredInvitation);

        UUID otherTenant = other.tenant().tenantId();
        assertThat(issueTexts(in, otherTenant, other.oldIssue())).containsExactly("Old issue", "Resolved long ago");
        assertThat(memberName(in, otherTenant, other.removedMember())).isEqualTo("Removed Member");
        assertThat(registeredDescription(other, other.oldIssue())).isEqualTo("Old issue");

        Map<String, Object> recorded = jdbc.sql("select instance, finished_at, failure from retention_run where run_id = :run")
                .param("run", run).query().singleRow();
        assertThat(recorded.get("finished_at")).isNotNull();
        assertThat(recorded.get("failure")).isNull();
        assertThat((String) recorded.get("instance")).isNotBlank();
        JsonNode seen = home.tenant().as(http).getForObject("/api/v1/retention", JsonNode.class);
        JsonNode latest = seen.get("runs").get(0);
        assertThat(latest.get("runId").asText()).isEqualTo(run.toString());
        assertThat(latest.get("counts").get("RESOLVED_ISSUE_TEXT").asInt()).isEqualTo(1);
        assertThat(latest.get("counts").get("REMOVED_FORUM_MEMBER").asInt()).isEqualTo(1);
        assertThat(latest.get("counts").get("UNACCEPTED_INVITATION").asInt()).isEqualTo(1);
        assertThat(latest.get("failure").isNull()).isTrue();
        JsonNode otherRun = other.tenant().as(http).getForObject("/api/v1/retention", JsonNode.class).get("runs").get(0);
        assertThat(otherRun.get("counts").get("RESOLVED_ISSUE_TEXT").asInt()).isZero();
    }

    @Test
    void whileAnotherInstanceRunsItNoRunStartsAndTwoStartedAtOnceNeverOverlap() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            assertThat(advisory(other, "select pg_try_advisory_lock(?)")).isTrue();
            long before = runCount();
            assertThat(job.run()).isEmpty();
            assertThat(runCount()).isEqualTo(before);
            assertThat(advisory(other, "select pg_advisory_unlock(?)")).isTrue();
        }

        CountDownLatch ready = new CountDownLatch(2);
        Callable<Optional<UUID>> start = () -> {
            ready.countDown();
            ready.await();
            return job.run();
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<UUID>>> started = two.invokeAll(List.of(start, start));
            List<UUID> ran = new ArrayList<>();
            for (Future<Optional<UUID>> one : started) {
                one.get().ifPresent(ran::add);
            }
            assertThat(ran).isNotEmpty();
            List<Map<String, Object>> runs = jdbc.sql("""
                            select started_at, finished_at from retention_run where run_id in (:runs) order by started_at
                            """).param("runs", ran).query().listOfRows();
            for (int i = 1; i < runs.size(); i++) {
                assertThat(((OffsetDateTime) runs.get(i).get("started_at")))
                        .as("a run started before the one before it finished")
                        .isAfterOrEqualTo((OffsetDateTime) runs.get(i - 1).get("finished_at"));
            }
        } finally {
            two.shutdownNow();
        }
    }

    private Case writeCase(String name) {
        SignUps.Tenant tenant = SignUps.signUp(http, "SE", name, "Sam Samordnare");
        UUID t = tenant.tenantId();
        UUID forum = UUID.randomUUID();
        UUID venue = UUID.randomUUID();
        UUID oldIssue = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        Instant longAgo = Instant.now().minus(THREE_YEARS);
        inTheEventsOf(longAgo, () -> {
            commands.sendAndWait(new EstablishForum(t, forum, "Trygg krog", ForumMethod.NIGHTLIFE_SAFETY, 4));
            commands.sendAndWait(new AddForumMember(t, forum, removed, "Removed Member", "removed@example.se",
                    "Polisen", MemberRole.POLICE));
            commands.sendAndWait(new RemoveForumMember(t, forum, removed));
            commands.sendAndWait(new RegisterVenue(t, venue, "Krogen", "Storgatan 1", "LIC-" + venue, "Krog AB",
                    LicenceKind.PERMANENT_PUBLIC, "11-01"));
            commands.sendAndWait(new RegisterVenueIssue(t, venue, oldIssue, IssueCategory.DRUGS,
                    longAgo.minus(1, ChronoUnit.DAYS), IssueSource.POLICE, "Old issue", Severity.HIGH));
            commands.sendAndWait(new ResolveVenueIssue(t, venue, oldIssue, "Resolved long ago"));
        });
        UUID current = UUID.randomUUID();
        commands.sendAndWait(new AddForumMember(t, forum, current, "Current Member", null, "Polisen",
                MemberRole.POLICE));
        UUID recentIssue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenueIssue(t, venue, recentIssue, IssueCategory.OVERSERVING,
                Instant.now().minus(1, ChronoUnit.DAYS), IssueSource.INSPECTION, "Recent issue", Severity.MEDIUM));
        commands.sendAndWait(new ResolveVenueIssue(t, venue, recentIssue, "Resolved today"));
        return new Case(tenant, venue, oldIssue, recentIssue, removed, current);
    }

    /** Runs the commands with Axon's event clock set back: their events are stamped at that time. */
    private static void inTheEventsOf(Instant time, Runnable commands) {
        Clock now = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(now, Duration.between(Instant.now(), time));
        try {
            commands.run();
        } finally {
            GenericEventMessage.clock = now;
        }
    }

    /** An invitation never accepted that expired at the given time (the coordinator's own id as its inviter). */
    private UUID invitation(Case home, Instant expired) {
        UUID id = UUID.randomUUID();
        new InTenant(transaction, tenantScope).run(home.tenant().tenantId(), () -> jdbc.sql("""
                        insert into account_invitation (invitation_id, token_hash, tenant_id, email, display_name, role,
                                                        expires_at, invited_by, created_at)
                        values (:id, :hash, :tenant, :email, 'Invitee', 'FORUM_MEMBER', :expired, :by, :created)
                        """)
                .param("id", id).param("hash", (id.toString() + id).replace("-", "").substring(0, 64))
                .param("tenant", home.tenant().tenantId()).param("email", id + "@example.se")
                .param("expired", OffsetDateTime.ofInstant(expired, ZoneOffset.UTC)).param("by", UUID.randomUUID())
                .param("created", OffsetDateTime.ofInstant(expired.minus(7, ChronoUnit.DAYS), ZoneOffset.UTC))
                .update());
        return id;
    }

    private List<String> issueTexts(InTenant in, UUID tenant, UUID issue) {
        return in.get(tenant, () -> jdbc.sql("select description, resolution from venue_issue where issue_id = :i")
                .param("i", issue).query((row, n) -> List.of(row.getString(1), row.getString(2))).single());
    }

    private String memberName(InTenant in, UUID tenant, UUID member) {
        return in.get(tenant, () -> jdbc.sql("select person_name from forum_member where member_id = :m")
                .param("m", member).query(String.class).single());
    }

    /** The description as the event store holds it, opened with the subject's key if it still exists. */
    private String registeredDescription(Case of, UUID issue) throws Exception {
        String payload = relay.jdbc().sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                        where payload_type = :type and convert_from(payload, 'UTF8')::jsonb ->> 'issueId' = :issue
                        """)
                .param("type", VenueIssueRegistered.class.getName()).param("issue", issue.toString())
                .query(String.class).single();
        ObjectNode event = (ObjectNode) json.readTree(payload);
        assertThat(event.get("description").asText()).as("sealed in the store").startsWith("pd1:");
        transaction.executeWithoutResult(status -> personalFields.open(VenueIssueRegistered.class, event));
        return event.get("description").asText();
    }

    private long runCount() {
        return jdbc.sql("select count(*) from retention_run").query(Long.class).single();
    }

    private static boolean advisory(Connection connection, String call) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(call)) {
            statement.setLong(1, RetentionJob.LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
