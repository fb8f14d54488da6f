package forum.api.personaldata;

import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.api.support.TopicScans;
import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.CancelMeeting;
import forum.core.meeting.RecordDecision;
import forum.core.meeting.RecordMinutes;
import forum.core.meeting.ScheduleMeeting;
import forum.core.shared.PersonalData;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecommendationKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.RevokeLicenceRecommendation;
import forum.core.venue.Severity;
import forum.projections.personaldata.SubjectKeys;
import forum.api.erasure.DataSubjects;
import forum.api.erasure.PersonErasure;
import forum.api.erasure.Place;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import java.util.Objects;
import forum.core.erasure.ErasureReason;
import forum.projections.runtime.Projection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import forum.api.security.Role;
import forum.api.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A canary person put into every personal field of every event: sealed in the event store, on the topic and in its
 * segment files, opened in the read models; once the canary is erased, the read models and a rebuild show "erased" in their
 * place and leaves everyone else's data as it was.
 */
@ForumIntegrationTest
class PersonalDataSealedIT {

    private static final String TOPIC = "forum.domain-events";

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRelay relay;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    List<Projection> projections;

    @Autowired
    DataSubjects dataSubjects;

    @Autowired
    PersonErasure personErasure;

    @Autowired
    Environment environment;

    @Autowired
    UserAccounts accounts;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    /** What one canary case wrote: the canary's text, and the ids whose subjects hold it. */
    private record Canary(String text, UUID tenant, UUID canaryMember, UUID otherMember, UUID meeting,
                          UUID cancelledMeeting, UUID actionItem, UUID venue, UUID issue, UUID otherIssue,
                          UUID recommendation) {
    }

    @Test
    void everyPersonalValueIsSealedInTheEventStoreOnTheTopicAndOnDiskAndOpenInTheReadModels() throws Exception {
        Canary canary = writeCanaryCase();
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        checks.awaitEqual(Duration.ofSeconds(60), canary.tenant());

        List<String> payloads = relay.jdbc().sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                        where convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' = :tenant
                        """).param("tenant", canary.tenant().toString()).query(String.class).list();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(16).noneMatch(p -> p.contains(canary.text()));
        assertThat(payloads).filteredOn(p -> p.contains(SubjectKeys.SEALED)).hasSizeGreaterThanOrEqualTo(13);

        TopicScans topic = new TopicScans(bootstrapServers);
        List<String> records = topic.awaitValuesKeyed(TOPIC, canary.tenant().toString(), payloads.size());
        assertThat(records).hasSize(payloads.size()).noneMatch(r -> r.contains(canary.text()))
                .anyMatch(r -> r.contains(SubjectKeys.SEALED));
        assertThat(topic.filesMentioning(TOPIC, canary.text())).isEmpty();
        // The scan of every table finds the canary where it is meant to be in clear text, and only there.
        assertThat(tablesMentioning(canary.tenant(), canary.text()))
                .contains("forum_member", "venue_issue", "user_account")
                .doesNotContain("domain_event_entry", "snapshot_event_entry", "idempotency_key", "personal_data_key");

        Map<String, List<String>> readModels = checks.snapshot(canary.tenant(), tables());
        assertThat(String.join("\n", readModels.get("forum_member"))).contains(canary.text() + " Member",
                canary.text().toLowerCase() + "@example.se", "Other Person");
        assertThat(String.join("\n", readModels.get("venue_issue"))).contains(canary.text() + " described",
                canary.text() + " resolved", "Other issue");
        assertThat(String.join("\n", readModels.get("meeting"))).contains(canary.text() + " minutes",
                canary.text() + " cancelled");
        assertThat(String.join("\n", readModels.get("venue"))).contains(canary.text() + " Holder");
    }

    @Test
    void anErasedSubjectReadsAsErasedAtOnceAndAfterARebuildWhileOthersStayAsTheyWere() throws Exception {
        Canary canary = writeCanaryCase();
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        checks.awaitEqual(Duration.ofSeconds(60), canary.tenant());
        Map<String, List<String>> before = checks.snapshot(canary.tenant(), tables());

        // The coordinator finds the canary's places (its free texts, the member, the coordinator and their account)
        // and erases them all.
        List<Place> places = dataSubjects.find(canary.tenant(), canary.text());
        assertThat(places).extracting(Place::subject).contains("member:" + canary.canaryMember(),
                "issue:" + canary.issue(), "meeting:" + canary.meeting(), "meeting:" + canary.cancelledMeeting(),
                "action-item:" + canary.actionItem(), "licence-holder:" + canary.venue(),
                "recommendation:" + canary.recommendation(), "coordinator:" + canary.tenant());
        assertThat(places).extracting(Place::accountId).anyMatch(Objects::nonNull);
        personErasure.erase(canary.tenant(), null,
                places.stream().map(Place::subject).filter(Objects::nonNull).toList(),
                places.stream().map(Place::accountId).filter(Objects::nonNull).toList(),
                places.stream().map(Place::invitationId).filter(Objects::nonNull).toList(),
                ErasureReason.PERSONS_REQUEST);

        // At once: the erasure's event reaches the read models like any other, and puts "erased" in place.
        checks.awaitEqual(Duration.ofSeconds(60), canary.tenant());
        Map<String, List<String>> erased = checks.snapshot(canary.tenant(), tables());
        assertThat(String.join("\n", erased.values().stream().flatMap(List::stream).toList()))
                .doesNotContain(canary.text(), canary.text().toLowerCase())
                .contains(PersonalData.ERASED, "Other Person", "other.person@example.se", "Other issue");
        assertThat(erased.get("personal_data_erasure")).singleElement().asString().contains("PERSONS_REQUEST");
        assertThat(erased.get("forum_member")).hasSameSizeAs(before.get("forum_member"));
        assertThat(erased.get("venue_issue")).hasSameSizeAs(before.get("venue_issue"));
        assertThat(dataSubjects.find(canary.tenant(), canary.text())).isEmpty();

        // Nowhere in the database (every table, the snapshots and the idempotency answers among them), nor on the
        // topics or in their files.
        assertThat(tablesMentioning(canary.tenant(), canary.text())).isEmpty();
        assertThat(tablesMentioning(canary.tenant(), canary.text().toLowerCase())).isEmpty();
        TopicScans topics = new TopicScans(bootstrapServers);
        for (String topic : List.of(TOPIC, TOPIC + ".dead-letters")) {
            assertThat(topics.records(topic)).as(topic).noneMatch(r -> r.value() != null
                    && (r.value().contains(canary.text()) || r.value().contains(canary.text().toLowerCase())));
        }
        assertThat(topics.filesMentioning(TOPIC, canary.text())).isEmpty();

        // And after a rebuild from the event store, where the values are sealed with keys that are gone.
        String operator = "operator-" + UUID.randomUUID() + "@forum.example";
        accounts.create(null, operator, SignUps.PASSWORD, "Operator", EnumSet.of(Role.OPERATOR));
        ResponseEntity<JsonNode> rebuilt = http.withBasicAuth(operator, SignUps.PASSWORD)
                .postForEntity("/api/v1/admin/read-models/rebuild?tenant=" + canary.tenant(), null, JsonNode.class);
        assertThat(rebuilt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(checks.snapshot(canary.tenant(), tables())).isEqualTo(erased);

        // The aggregates still load, their erased values read as erased: the case goes on.
        commands.sendAndWait(new ResolveVenueIssue(canary.tenant(), canary.venue(), canary.otherIssue(), "Done"));
        commands.sendAndWait(new RecordDecision(canary.tenant(), canary.meeting(), "A later decision"));
        checks.awaitEqual(Duration.ofSeconds(60), canary.tenant());
    }

    /**
     * The tables of the schema with a row of the tenant, or of no tenant, whose text holds the value: read as the
     * owner, who is held to the tenant's rows by forced row-level security like everyone.
     */
    private List<String> tablesMentioning(UUID tenant, String text) {
        JdbcClient owner = JdbcClient.create(new SingleConnectionDataSource(
                environment.getRequiredProperty("spring.flyway.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"), true));
        owner.sql("select set_config('forum.tenant_id', :tenant, false)").param("tenant", tenant.toString())
                .query(String.class).single();
        List<String> tables = owner.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1
                        """).query(String.class).list();
        assertThat(tables).contains("domain_event_entry", "snapshot_event_entry", "idempotency_key", "user_account");
        return tables.stream().filter(table -> {
            // A row as text shows its bytea columns (event payloads, keys) in hex: those are searched as bytes.
            String bytes = owner.sql("""
                            select coalesce(string_agg(format(' or position(convert_to(:text, ''UTF8'') in %I) > 0',
                                                              attname), ''), '')
                            from pg_attribute where attrelid = cast(:table as regclass) and attnum > 0
                              and not attisdropped and atttypid = 'bytea'::regtype
                            """).param("table", table).query(String.class).single();
            return owner.sql("select exists (select 1 from " + table + " t where t::text like :pattern" + bytes + ")")
                    .param("pattern", "%" + text + "%").param("text", text).query(Boolean.class).single();
        }).toList();
    }

    private Canary writeCanaryCase() {
        String text = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID tenant = SignUps.signUp(http, "SE", "Kanarieby", text + " Coordinator").tenantId();
        UUID forum = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forum, "Trygg krog", ForumMethod.NIGHTLIFE_SAFETY, 4));
        commands.sendAndWait(new AddForumMember(tenant, forum, member, text + " Member",
                text.toLowerCase() + "@example.se", "Polisen", MemberRole.POLICE));
        commands.sendAndWait(new AddForumMember(tenant, forum, other, "Other Person", "other.person@example.se",
                "Polisen", MemberRole.POLICE));
        UUID meeting = UUID.randomUUID();
        Instant soon = Instant.now().plusSeconds(2);
        commands.sendAndWait(new ScheduleMeeting(tenant, meeting, forum, soon, Duration.ofMinutes(90), "Rådhuset",
                List.of("Status")));
        UUID cancelled = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(tenant, cancelled, forum, Instant.now().plus(9, ChronoUnit.DAYS),
                Duration.ofMinutes(90), "Rådhuset", List.of("Status")));
        commands.sendAndWait(new CancelMeeting(tenant, cancelled, text + " cancelled"));
        UUID actionItem = UUID.randomUUID();
        commands.sendAndWait(new AssignActionItem(tenant, meeting, actionItem, member, text + " to do",
                LocalDate.now().plusDays(30)));
        commands.sendAndWait(new RecordDecision(tenant, meeting, text + " decided"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(soon));
        commands.sendAndWait(new RecordMinutes(tenant, meeting, text + " minutes"));
        UUID venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, "Bar Kanarie", "Storgatan 1", "LIC-" + UUID.randomUUID().toString().substring(0, 8),
                text + " Holder", LicenceKind.PERMANENT_PUBLIC, "11-02"));
        UUID issue = UUID.randomUUID();
        UUID otherIssue = UUID.randomUUID();
        Instant observed = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        commands.sendAndWait(new RegisterVenueIssue(tenant, venue, issue, IssueCategory.SERVING_MINORS, observed,
                IssueSource.POLICE, text + " described", Severity.HIGH));
        commands.sendAndWait(new RegisterVenueIssue(tenant, venue, otherIssue, IssueCategory.OVERSERVING, observed,
                IssueSource.POLICE, "Other issue", Severity.MEDIUM));
        commands.sendAndWait(new ResolveVenueIssue(tenant, venue, issue, text + " resolved"));
        UUID recommendation = UUID.randomUUID();
        commands.sendAndWait(new IssueLicenceRecommendation(tenant, venue, recommendation,
                RecommendationKind.WARNING, text + " rationale", Set.of(otherIssue), null));
        commands.sendAndWait(new RevokeLicenceRecommendation(tenant, venue, recommendation, text + " revoked"));
        return new Canary(text, tenant, member, other, meeting, cancelled, actionItem, venue, issue, otherIssue,
                recommendation);
    }

    private List<String> tables() {
        return projections.stream().flatMap(p -> p.tables().stream()).filter(table -> !table.equals("network"))
                .distinct().sorted().toList();
    }
}
