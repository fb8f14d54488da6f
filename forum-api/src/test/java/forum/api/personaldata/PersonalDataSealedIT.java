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
import forum.api.erasure.Erasures;
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
    Erasures erasures;

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
    void anErasedSubjectReadsAsErasedAtOnceAndAfterARebuildWhileOthersStayAsTheyWere() {
        Canary canary = writeCanaryCase();
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        checks.awaitEqual(Duration.ofSeconds(60), canary.tenant());
        Map<String, List<String>> before = checks.snapshot(canary.tenant(), tables());

        List<String> subjects = List.of("member:" + canary.canaryMember(), "issue:" + canary.issue(),
                "meeting:" + canary.meeting(), "meeting:" + canary.cancelledMeeting(),
                "action-item:" + canary.actionItem(), "licence-holder:" + canary.venue(),
                "recommendation:" + canary.recommendation(), "coordinator:" + canary.tenant());
        erasures.erase(canary.tenant(), subjects, ErasureReason.PERSONS_REQUEST);

        // At once: the erasure's event reaches the read models like any other, and puts "erased" in place.
        checks.awaitEqual(Duration.ofSeconds(60), canary.tenant());
        Map<String, List<String>> erased = checks.snapshot(canary.tenant(), tables());
        assertThat(String.join("\n", erased.values().stream().flatMap(List::stream).toList()))
                .doesNotContain(canary.text(), canary.text().toLowerCase())
                .contains(PersonalData.ERASED, "Other Person", "other.person@example.se", "Other issue");
        assertThat(erased.get("personal_data_erasure")).singleElement().asString().contains("PERSONS_REQUEST");

        // And after a rebuild from the event store, where the values are sealed with keys that are gone.
        Map<String, List<String>> after = checks.snapshot(canary.tenant(), tables());
        assertThat(after).isEqualTo(erased);
        String all = after.values().stream().flatMap(List::stream).reduce("", String::concat);
        assertThat(all).doesNotContain(canary.text(), canary.text().toLowerCase()).contains(PersonalData.ERASED,
                "Other Person", "other.person@example.se", "Other issue");
        assertThat(after.get("forum_member")).hasSameSizeAs(before.get("forum_member"));
        assertThat(after.get("venue_issue")).hasSameSizeAs(before.get("venue_issue"));

        // The aggregates still load, their erased values read as erased: the case goes on.
        commands.sendAndWait(new ResolveVenueIssue(canary.tenant(), canary.venue(), canary.otherIssue(), "Done"));
        commands.sendAndWait(new RecordDecision(canary.tenant(), canary.meeting(), "A later decision"));
        checks.awaitEqual(Duration.ofSeconds(60), canary.tenant());
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
