package forum.projections.casetimeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueIssueResolved;
import forum.core.venue.VenueRegistered;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import forum.projections.contract.DomainEventRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ProjectionsIntegrationTest
class CaseTimelinesIT {

    @Autowired
    Feed feed;

    @Autowired
    CaseTimelines timelines;

    @Autowired
    ObjectMapper json;

    final UUID tenant = UUID.randomUUID();
    final UUID venue = UUID.randomUUID();
    final UUID issue = UUID.randomUUID();
    final UUID recommendation = UUID.randomUUID();
    final UUID decision = UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-09-01T08:00:00Z");
    List<DomainEventRecord> caseHistory;

    @BeforeEach
    void aWholeCase() {
        Streams streams = new Streams(json);
        caseHistory = List.of(
                streams.next(tenant, venue, t0, "licensing-officer",
                        new VenueRegistered(tenant, venue, "Apoteket Bar", "Storgatan 1", "T-17", "Anna Ägare",
                                LicenceKind.PERMANENT_PUBLIC, "11-03")),
                streams.next(tenant, venue, t0.plusSeconds(3600), "police-officer",
                        new VenueIssueRegistered(tenant, venue, issue, IssueCategory.FAKE_ID,
                                Instant.parse("2026-08-31T23:00:00Z"), IssueSource.POLICE,
                                "Kalle, 16 år, släpptes in med lånat leg", Severity.HIGH)),
                streams.next(tenant, venue, t0.plusSeconds(7200), "coordinator",
                        new LicenceRecommendationIssued(tenant, venue, recommendation, RecommendationKind.WARNING,
                                "Brister i ålderskontrollen", Set.of(issue), null)),
                streams.next(tenant, venue, t0.plusSeconds(10800), "coordinator",
                        new LicenceRecommendationRevoked(tenant, venue, recommendation, "Ägaren har bytt dörrvakt")),
                streams.next(tenant, venue, t0.plusSeconds(14400), "licensing-officer",
                        new VenueIssueResolved(tenant, venue, issue, "Utbildning genomförd")),
                streams.next(tenant, venue, t0.plusSeconds(18000), "licensing-officer",
                        new LicensingDecisionRecorded(tenant, venue, decision, null, DecisionOutcome.SUSPENSION,
                                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-08"), "SN 2026/9")));
        feed.apply(caseHistory);
    }

    @Test
    void everyEventOfTheCaseInOrderWithTimeActorAndSummary() {
        List<TimelineEntry> timeline = timelines.timeline(tenant, venue, true);

        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(
                TimelineEntryKind.VENUE_REGISTERED, TimelineEntryKind.ISSUE_REGISTERED,
                TimelineEntryKind.RECOMMENDATION_ISSUED, TimelineEntryKind.RECOMMENDATION_REVOKED,
                TimelineEntryKind.ISSUE_RESOLVED, TimelineEntryKind.DECISION_RECORDED);
        assertThat(timeline).extracting(TimelineEntry::actor).containsExactly("licensing-officer", "police-officer",
                "coordinator", "coordinator", "licensing-officer", "licensing-officer");
        assertThat(timeline).extracting(TimelineEntry::occurredAt)
                .containsExactlyElementsOf(caseHistory.stream().map(DomainEventRecord::time).toList());
        assertThat(timeline).extracting(TimelineEntry::summary).containsExactly(
                "Venue registered with a PERMANENT_PUBLIC licence",
                "Issue registered: FAKE_ID, severity HIGH, source POLICE",
                "Recommendation issued: WARNING on 1 issue",
                "Recommendation revoked: WARNING",
                "Issue resolved: FAKE_ID",
                "Licensing decision: SUSPENSION from 2026-10-01 to 2026-10-08");
        TimelineEntry issueEntry = timeline.get(1);
        assertThat(issueEntry.subjectId()).isEqualTo(issue);
        assertThat(issueEntry.category()).isEqualTo(IssueCategory.FAKE_ID);
        assertThat(issueEntry.observedAt()).isEqualTo(Instant.parse("2026-08-31T23:00:00Z"));
        assertThat(timeline.get(3).recommendationKind()).isEqualTo(RecommendationKind.WARNING);
        assertThat(timeline.get(5).decisionOutcome()).isEqualTo(DecisionOutcome.SUSPENSION);
        assertThat(timeline.get(5).effectiveTo()).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(timeline.get(0).correlationId()).isEqualTo(caseHistory.get(0).correlationId());
    }

    @Test
    void freeTextIsKeptApartFromTheSummary() {
        List<TimelineEntry> withText = timelines.timeline(tenant, venue, true);

        assertThat(withText).extracting(TimelineEntry::freeText).containsExactly(
                new FreeText("licenceHolder", "Anna Ägare"),
                new FreeText("description", "Kalle, 16 år, släpptes in med lånat leg"),
                new FreeText("rationale", "Brister i ålderskontrollen"),
                new FreeText("reason", "Ägaren har bytt dörrvakt"),
                new FreeText("resolution", "Utbildning genomförd"),
                null);
        assertThat(withText).extracting(TimelineEntry::summary)
                .noneMatch(summary -> summary.contains("Kalle") || summary.contains("Anna") || summary.contains("Apoteket"));
        assertThat(timelines.timeline(tenant, venue, false)).extracting(TimelineEntry::freeText).containsOnlyNulls();
    }

    @Test
    void aRedeliveredCaseAddsNoEntries() {
        feed.applyTwice(caseHistory);

        assertThat(timelines.timeline(tenant, venue, false)).hasSize(6);
    }

    @Test
    void anotherTenantSeesNoTimeline() {
        assertThat(timelines.timeline(UUID.randomUUID(), venue, true)).isEmpty();
    }
}
