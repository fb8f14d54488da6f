package forum.projections.venue;

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
import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;
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
class VenueRegisterIT {

    @Autowired
    Feed feed;

    @Autowired
    VenueRegister register;

    @Autowired
    ObjectMapper json;

    final UUID tenant = UUID.randomUUID();
    final UUID apoteket = UUID.randomUUID();
    final UUID bishops = UUID.randomUUID();
    final UUID centrum = UUID.randomUUID();
    final UUID drugs = UUID.randomUUID();
    final UUID minors = UUID.randomUUID();
    final UUID overserving = UUID.randomUUID();
    final UUID warning = UUID.randomUUID();
    final UUID suspension = UUID.randomUUID();
    final UUID remark = UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-09-01T08:00:00Z");
    Streams streams;

    @BeforeEach
    void threeVenues() {
        streams = new Streams(json);
        feed.apply(List.of(
                registered(apoteket, "Apoteket Bar"),
                registered(bishops, "Bishops Arms"),
                registered(centrum, "Café Centrum"),
                issue(apoteket, drugs, IssueCategory.DRUGS, "2026-10-01T23:30:00Z"),
                issue(apoteket, minors, IssueCategory.SERVING_MINORS, "2026-10-20T22:00:00Z"),
                issue(bishops, overserving, IssueCategory.OVERSERVING, "2026-09-15T01:00:00Z"),
                streams.next(tenant, bishops, Instant.parse("2026-09-20T10:00:00Z"),
                        new VenueIssueResolved(tenant, bishops, overserving, "Samtal med ägaren")),
                streams.next(tenant, apoteket, Instant.parse("2026-10-05T10:00:00Z"),
                        new LicenceRecommendationIssued(tenant, apoteket, warning, RecommendationKind.WARNING,
                                "Narkotika vid två tillfällen", Set.of(drugs), null)),
                streams.next(tenant, apoteket, Instant.parse("2026-10-25T10:00:00Z"),
                        new LicenceRecommendationIssued(tenant, apoteket, suspension, RecommendationKind.SUSPENSION,
                                "Upprepade brister", Set.of(drugs, minors), UUID.randomUUID())),
                streams.next(tenant, apoteket, Instant.parse("2026-10-28T10:00:00Z"),
                        new LicenceRecommendationRevoked(tenant, apoteket, suspension, "Nya uppgifter")),
                streams.next(tenant, apoteket, Instant.parse("2026-10-30T10:00:00Z"),
                        new LicensingDecisionRecorded(tenant, apoteket, remark, null, DecisionOutcome.REMARK,
                                LocalDate.parse("2026-11-01"), null, "SN 2026/117"))));
    }

    private DomainEventRecord registered(UUID venue, String name) {
        return streams.next(tenant, venue, t0, new VenueRegistered(tenant, venue, name, "Storgatan 1", "T-" + name.length(),
                "Krögare AB", LicenceKind.PERMANENT_PUBLIC, "11-01"));
    }

    private DomainEventRecord issue(UUID venue, UUID issue, IssueCategory category, String observedAt) {
        return streams.next(tenant, venue, Instant.parse(observedAt).plusSeconds(3600),
                new VenueIssueRegistered(tenant, venue, issue, category, Instant.parse(observedAt), IssueSource.POLICE,
                        "Beskrivning av " + category, Severity.HIGH));
    }

    @Test
    void listsEveryVenueWithOpenIssuesLastIssueCurrentRecommendationAndLatestDecision() {
        ResultPage<VenueSummary> all = register.venues(tenant, VenueStatusFilter.ALL, PageQuery.first(10));

        assertThat(all.items()).extracting(VenueSummary::name)
                .containsExactly("Apoteket Bar", "Bishops Arms", "Café Centrum");
        VenueSummary apoteketBar = all.items().get(0);
        assertThat(apoteketBar.openIssueCount()).isEqualTo(2);
        assertThat(apoteketBar.lastIssue()).isEqualTo(new LastIssue(minors, IssueCategory.SERVING_MINORS,
                Instant.parse("2026-10-20T22:00:00Z")));
        assertThat(apoteketBar.latestDecision()).isEqualTo(new LatestDecision(remark, DecisionOutcome.REMARK,
                LocalDate.parse("2026-11-01"), null, Instant.parse("2026-10-30T10:00:00Z")));
        assertThat(apoteketBar.licenceKind()).isEqualTo(LicenceKind.PERMANENT_PUBLIC);

        VenueSummary bishopsArms = all.items().get(1);
        assertThat(bishopsArms.openIssueCount()).isZero();
        assertThat(bishopsArms.lastIssue().category()).isEqualTo(IssueCategory.OVERSERVING);
        assertThat(bishopsArms.currentRecommendation()).isNull();
        assertThat(all.items().get(2).lastIssue()).isNull();
        assertThat(all.items().get(2).latestDecision()).isNull();
    }

    @Test
    void theCurrentRecommendationIsTheLatestNotRevoked() {
        VenueSummary apoteketBar = register.venues(tenant, VenueStatusFilter.ALL, PageQuery.first(10)).items().get(0);

        assertThat(apoteketBar.currentRecommendation()).isEqualTo(new CurrentRecommendation(warning,
                RecommendationKind.WARNING, Instant.parse("2026-10-05T10:00:00Z"), null));

        feed.apply(streams.next(tenant, apoteket, Instant.parse("2026-11-02T10:00:00Z"),
                new LicenceRecommendationRevoked(tenant, apoteket, warning, "Åtgärdat")));
        assertThat(register.venues(tenant, VenueStatusFilter.ALL, PageQuery.first(10)).items().get(0)
                .currentRecommendation()).isNull();
    }

    @Test
    void aDecisionOnTheRecommendationIsTheLatestAndMarksItDecided() {
        UUID decision = UUID.randomUUID();
        feed.apply(streams.next(tenant, apoteket, Instant.parse("2026-11-20T10:00:00Z"),
                new LicensingDecisionRecorded(tenant, apoteket, decision, warning, DecisionOutcome.WARNING,
                        LocalDate.parse("2026-11-21"), LocalDate.parse("2027-11-21"), null)));

        VenueSummary apoteketBar = register.venues(tenant, VenueStatusFilter.ALL, PageQuery.first(10)).items().get(0);
        assertThat(apoteketBar.latestDecision().decisionId()).isEqualTo(decision);
        assertThat(apoteketBar.latestDecision().to()).isEqualTo(LocalDate.parse("2027-11-21"));
        assertThat(apoteketBar.currentRecommendation().decidedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @Test
    void filtersByStatus() {
        assertThat(register.venues(tenant, VenueStatusFilter.WITH_OPEN_ISSUES, PageQuery.first(10)).items())
                .extracting(VenueSummary::venueId).containsExactly(apoteket);
        ResultPage<VenueSummary> active = register.venues(tenant, VenueStatusFilter.WITH_ACTIVE_RECOMMENDATION,
                PageQuery.first(10));
        assertThat(active.items()).extracting(VenueSummary::venueId).containsExactly(apoteket);
        assertThat(active.totalItems()).isEqualTo(1);

        feed.apply(streams.next(tenant, apoteket, Instant.parse("2026-11-02T10:00:00Z"),
                new LicenceRecommendationRevoked(tenant, apoteket, warning, "Åtgärdat")));
        assertThat(register.venues(tenant, VenueStatusFilter.WITH_ACTIVE_RECOMMENDATION, PageQuery.first(10)).items())
                .isEmpty();
    }

    @Test
    void pagesThroughTheRegister() {
        ResultPage<VenueSummary> first = register.venues(tenant, VenueStatusFilter.ALL, new PageQuery(0, 2));
        ResultPage<VenueSummary> second = register.venues(tenant, VenueStatusFilter.ALL, new PageQuery(1, 2));

        assertThat(first.items()).extracting(VenueSummary::venueId).containsExactly(apoteket, bishops);
        assertThat(second.items()).extracting(VenueSummary::venueId).containsExactly(centrum);
        assertThat(second.totalItems()).isEqualTo(3);
    }

    @Test
    void theVenueFileHoldsEveryRecommendationAndDecision() {
        VenueFile file = register.venue(tenant, apoteket).orElseThrow();

        assertThat(file.licenceHolder()).isEqualTo("Krögare AB");
        assertThat(file.recommendations()).extracting(Recommendation::recommendationId)
                .containsExactly(warning, suspension);
        Recommendation revoked = file.recommendations().get(1);
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revocationReason()).isEqualTo("Nya uppgifter");
        assertThat(revoked.issueIds()).containsExactlyInAnyOrder(drugs, minors);
        assertThat(file.decisions()).extracting(Decision::authorityReference).containsExactly("SN 2026/117");
        assertThat(register.venue(UUID.randomUUID(), apoteket)).isEmpty();
    }

    @Test
    void listsIssuesByCategoryDateVenueAndState() {
        assertThat(register.issues(tenant, IssueFilter.none(), PageQuery.first(10)).items())
                .extracting(VenueIssue::issueId).containsExactly(minors, drugs, overserving);
        assertThat(register.issues(tenant, new IssueFilter(null, IssueCategory.DRUGS, null, null, false),
                PageQuery.first(10)).items()).extracting(VenueIssue::issueId).containsExactly(drugs);
        assertThat(register.issues(tenant, new IssueFilter(null, null, Instant.parse("2026-10-01T00:00:00Z"),
                Instant.parse("2026-10-15T00:00:00Z"), false), PageQuery.first(10)).items())
                .extracting(VenueIssue::issueId).containsExactly(drugs);
        assertThat(register.issues(tenant, IssueFilter.venue(bishops), PageQuery.first(10)).items())
                .singleElement().satisfies(issue -> {
                    assertThat(issue.open()).isFalse();
                    assertThat(issue.resolution()).isEqualTo("Samtal med ägaren");
                    assertThat(issue.venueName()).isEqualTo("Bishops Arms");
                });
        assertThat(register.issues(tenant, new IssueFilter(null, null, null, null, true), PageQuery.first(10)).items())
                .extracting(VenueIssue::issueId).containsExactly(minors, drugs);
        ResultPage<VenueIssue> page = register.issues(tenant, IssueFilter.none(), new PageQuery(1, 2));
        assertThat(page.items()).extracting(VenueIssue::issueId).containsExactly(overserving);
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void aRedeliveredRecordChangesNothing() {
        DomainEventRecord resolution = streams.next(tenant, apoteket, Instant.parse("2026-11-05T10:00:00Z"),
                new VenueIssueResolved(tenant, apoteket, drugs, "Åtgärdat"));
        feed.apply(resolution);
        DomainEventRecord staleReissue = streams.record(tenant, apoteket, 1, Instant.parse("2026-12-01T00:00:00Z"),
                "x", new VenueIssueRegistered(tenant, apoteket, UUID.randomUUID(), IssueCategory.VIOLENCE,
                        Instant.parse("2026-11-30T00:00:00Z"), IssueSource.PUBLIC, "Dubblett", Severity.LOW));
        feed.apply(resolution, staleReissue);

        VenueSummary apoteketBar = register.venues(tenant, VenueStatusFilter.ALL, PageQuery.first(10)).items().get(0);
        assertThat(apoteketBar.openIssueCount()).isEqualTo(1);
        assertThat(apoteketBar.lastIssue().issueId()).isEqualTo(minors);
    }
}
