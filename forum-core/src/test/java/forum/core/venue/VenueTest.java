package forum.core.venue;

import static forum.core.shared.Violations.notFound;
import static forum.core.shared.Violations.violation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import forum.core.meeting.MeetingDirectory;
import forum.core.shared.Tenancy;

class VenueTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant LAST_SATURDAY = Instant.parse("2026-11-15T01:30:00Z");
    private static final LocalDate DECEMBER_1 = LocalDate.of(2026, 12, 1);
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID VENUE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID ISSUE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID RECOMMENDATION = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    private static final UUID DECISION = UUID.fromString("00000000-0000-0000-0000-0000000000e3");
    private static final UUID MEETING = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private static final VenueRegistered REGISTERED = new VenueRegistered(TENANT, VENUE, "Bar Nord", "Storgatan 1",
            "SE-2024-117", "Nord Krog AB", LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00");
    private static final VenueIssueRegistered ISSUE_REGISTERED = new VenueIssueRegistered(TENANT, VENUE, ISSUE,
            IssueCategory.SERVING_MINORS, LAST_SATURDAY, IssueSource.POLICE, "Served a 16-year-old", Severity.HIGH);
    private static final LicenceRecommendationIssued RECOMMENDED = new LicenceRecommendationIssued(TENANT, VENUE,
            RECOMMENDATION, RecommendationKind.WARNING, "Repeated serving of minors", Set.of(ISSUE), MEETING);

    private FixtureConfiguration<Venue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Venue.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        // The tenant's one meeting; another municipality's meeting under the same id does not exist here.
        fixture.registerInjectableResource((MeetingDirectory) (tenant, meeting) ->
                TENANT.equals(tenant) && MEETING.equals(meeting));
    }

    private static RegisterVenueIssue registerIssue(Instant observedAt) {
        return new RegisterVenueIssue(TENANT, VENUE, ISSUE, IssueCategory.SERVING_MINORS, observedAt,
                IssueSource.POLICE, "Served a 16-year-old", Severity.HIGH);
    }

    private static RecordLicensingDecision decide(UUID recommendation, DecisionOutcome outcome, LocalDate to,
                                                  String authorityReference) {
        return new RecordLicensingDecision(TENANT, VENUE, DECISION, recommendation, outcome, DECEMBER_1, to,
                authorityReference);
    }

    @Test
    void canRegisterVenue() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVenue(TENANT, VENUE, "Bar Nord", "Storgatan 1", "SE-2024-117", "Nord Krog AB",
                        LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00"))
                .expectEvents(REGISTERED);
    }

    @Test
    void cannotRegisterVenueWithoutLicenceNumber() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVenue(TENANT, VENUE, "Bar Nord", "Storgatan 1", null, "Nord Krog AB",
                        LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00"))
                .expectException(violation("validation.required", "licenceNumber"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterVenueWithoutLicenceKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVenue(TENANT, VENUE, "Bar Nord", "Storgatan 1", "SE-2024-117", "Nord Krog AB",
                        null, "Mon-Sat 11:00-03:00"))
                .expectException(violation("validation.required", "licenceKind"))
                .expectNoEvents();
    }

    @Test
    void canRegisterVenueIssue() {
        fixture.given(REGISTERED)
                .when(registerIssue(LAST_SATURDAY))
                .expectEvents(ISSUE_REGISTERED);
    }

    @Test
    void cannotRegisterIssueObservedInTheFuture() {
        fixture.given(REGISTERED)
                .when(registerIssue(NOW.plus(Duration.ofMinutes(1))))
                .expectException(violation("venue.issue-observed-in-future", "observedAt"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterTheSameIssueTwice() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(registerIssue(LAST_SATURDAY))
                .expectException(violation("venue.issue-already-registered", "issueId"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterIssueWithTooLongDescription() {
        fixture.given(REGISTERED)
                .when(new RegisterVenueIssue(TENANT, VENUE, ISSUE, IssueCategory.OTHER, LAST_SATURDAY,
                        IssueSource.PUBLIC, "x".repeat(10_001), Severity.LOW))
                .expectException(violation("validation.too-long", "description"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterIssueWithoutSeverity() {
        fixture.given(REGISTERED)
                .when(new RegisterVenueIssue(TENANT, VENUE, ISSUE, IssueCategory.OTHER, LAST_SATURDAY,
                        IssueSource.PUBLIC, "Noise", null))
                .expectException(violation("validation.required", "severity"))
                .expectNoEvents();
    }

    @Test
    void canResolveVenueIssue() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new ResolveVenueIssue(TENANT, VENUE, ISSUE, "Staff trained, ID checks at the door"))
                .expectEvents(new VenueIssueResolved(TENANT, VENUE, ISSUE, "Staff trained, ID checks at the door"));
    }

    @Test
    void cannotResolveUnknownIssue() {
        fixture.given(REGISTERED)
                .when(new ResolveVenueIssue(TENANT, VENUE, ISSUE, "Resolved"))
                .expectException(notFound("venue.unknown-issue", "issueId"))
                .expectNoEvents();
    }

    @Test
    void cannotResolveIssueTwice() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, new VenueIssueResolved(TENANT, VENUE, ISSUE, "Resolved"))
                .when(new ResolveVenueIssue(TENANT, VENUE, ISSUE, "Resolved again"))
                .expectException(violation("venue.issue-already-resolved", "issueId"))
                .expectNoEvents();
    }

    @Test
    void cannotResolveIssueWithoutResolution() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new ResolveVenueIssue(TENANT, VENUE, ISSUE, ""))
                .expectException(violation("validation.required", "resolution"))
                .expectNoEvents();
    }

    @Test
    void canIssueLicenceRecommendation() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new IssueLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, RecommendationKind.WARNING,
                        "Repeated serving of minors", Set.of(ISSUE), MEETING))
                .expectEvents(RECOMMENDED);
    }

    @Test
    void canRecommendNoActionWithoutIssuesOrMeeting() {
        fixture.given(REGISTERED)
                .when(new IssueLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, RecommendationKind.NO_ACTION,
                        "Nothing to remark", Set.of(), null))
                .expectEvents(new LicenceRecommendationIssued(TENANT, VENUE, RECOMMENDATION,
                        RecommendationKind.NO_ACTION, "Nothing to remark", Set.of(), null));
    }

    @Test
    void cannotRecommendAtAnUnknownMeeting() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new IssueLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, RecommendationKind.WARNING,
                        "Repeated serving of minors", Set.of(ISSUE), UUID.randomUUID()))
                .expectException(notFound("venue.unknown-meeting", "meetingId"))
                .expectNoEvents();
    }

    @Test
    void cannotRecommendOnIssuesOfAnotherVenue() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new IssueLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, RecommendationKind.WARNING,
                        "Rationale", Set.of(ISSUE, UUID.randomUUID()), null))
                .expectException(violation("venue.recommendation-unknown-issue", "issueIds"))
                .expectNoEvents();
    }

    @Test
    void cannotRecommendSanctionWithoutIssues() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new IssueLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, RecommendationKind.REVOCATION,
                        "Rationale", Set.of(), null))
                .expectException(violation("venue.recommendation-without-issues", "issueIds"))
                .expectNoEvents();
    }

    @Test
    void cannotIssueTheSameRecommendationTwice() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, RECOMMENDED)
                .when(new IssueLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, RecommendationKind.WARNING,
                        "Rationale", Set.of(ISSUE), null))
                .expectException(violation("venue.recommendation-already-issued", "recommendationId"))
                .expectNoEvents();
    }

    @Test
    void cannotRecommendWithoutRationale() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new IssueLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, RecommendationKind.WARNING,
                        null, Set.of(ISSUE), null))
                .expectException(violation("validation.required", "rationale"))
                .expectNoEvents();
    }

    @Test
    void canRevokeLicenceRecommendation() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, RECOMMENDED)
                .when(new RevokeLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, "The venue remedied the problem"))
                .expectEvents(new LicenceRecommendationRevoked(TENANT, VENUE, RECOMMENDATION,
                        "The venue remedied the problem"));
    }

    @Test
    void cannotRevokeRecommendationWithoutReason() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, RECOMMENDED)
                .when(new RevokeLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, "  "))
                .expectException(violation("validation.required", "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeRecommendationTwice() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, RECOMMENDED,
                        new LicenceRecommendationRevoked(TENANT, VENUE, RECOMMENDATION, "Remedied"))
                .when(new RevokeLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, "Again"))
                .expectException(violation("venue.recommendation-already-revoked", "recommendationId"))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeRecommendationAfterLicensingDecision() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, RECOMMENDED, new LicensingDecisionRecorded(TENANT, VENUE,
                        DECISION, RECOMMENDATION, DecisionOutcome.WARNING, DECEMBER_1, null, null))
                .when(new RevokeLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, "Too late"))
                .expectException(violation("venue.recommendation-already-decided", "recommendationId"))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeUnknownRecommendation() {
        fixture.given(REGISTERED)
                .when(new RevokeLicenceRecommendation(TENANT, VENUE, RECOMMENDATION, "Reason"))
                .expectException(notFound("venue.unknown-recommendation", "recommendationId"))
                .expectNoEvents();
    }

    @Test
    void canRecordLicensingDecisionOnRecommendation() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, RECOMMENDED)
                .when(decide(RECOMMENDATION, DecisionOutcome.WARNING, null, null))
                .expectEvents(new LicensingDecisionRecorded(TENANT, VENUE, DECISION, RECOMMENDATION,
                        DecisionOutcome.WARNING, DECEMBER_1, null, null));
    }

    @Test
    void canRecordStandaloneLicensingDecisionWithAuthorityReference() {
        fixture.given(REGISTERED)
                .when(decide(null, DecisionOutcome.SUSPENSION, DECEMBER_1.plusDays(7), "SN 2026/412"))
                .expectEvents(new LicensingDecisionRecorded(TENANT, VENUE, DECISION, null, DecisionOutcome.SUSPENSION,
                        DECEMBER_1, DECEMBER_1.plusDays(7), "SN 2026/412"));
    }

    @Test
    void cannotRecordStandaloneDecisionWithoutAuthorityReference() {
        fixture.given(REGISTERED)
                .when(decide(null, DecisionOutcome.WARNING, null, " "))
                .expectException(violation("validation.required", "authorityReference"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordDecisionOnRevokedRecommendation() {
        fixture.given(REGISTERED, ISSUE_REGISTERED, RECOMMENDED,
                        new LicenceRecommendationRevoked(TENANT, VENUE, RECOMMENDATION, "Remedied"))
                .when(decide(RECOMMENDATION, DecisionOutcome.WARNING, null, "SN 2026/412"))
                .expectException(violation("venue.recommendation-revoked", "recommendationId"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordDecisionOnUnknownRecommendation() {
        fixture.given(REGISTERED)
                .when(decide(RECOMMENDATION, DecisionOutcome.WARNING, null, "SN 2026/412"))
                .expectException(notFound("venue.unknown-recommendation", "recommendationId"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordSuspensionWithoutEndDate() {
        fixture.given(REGISTERED)
                .when(decide(null, DecisionOutcome.SUSPENSION, null, "SN 2026/412"))
                .expectException(violation("venue.suspension-needs-end-date", "to"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordDecisionEndingBeforeItStarts() {
        fixture.given(REGISTERED)
                .when(decide(null, DecisionOutcome.SUSPENSION, DECEMBER_1.minusDays(1), "SN 2026/412"))
                .expectException(violation("venue.decision-ends-before-it-starts", "to"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheSameDecisionTwice() {
        fixture.given(REGISTERED, new LicensingDecisionRecorded(TENANT, VENUE, DECISION, null, DecisionOutcome.REMARK,
                        DECEMBER_1, null, "SN 2026/400"))
                .when(decide(null, DecisionOutcome.REMARK, null, "SN 2026/400"))
                .expectException(violation("venue.decision-already-recorded", "decisionId"))
                .expectNoEvents();
    }

    @Test
    void commandOfAnotherTenantLooksLikeMissingAggregate() {
        fixture.given(REGISTERED, ISSUE_REGISTERED)
                .when(new ResolveVenueIssue(OTHER_TENANT, VENUE, ISSUE, "Resolved"))
                .expectException(AggregateNotFoundException.class)
                .expectExceptionMessage(Tenancy.NOT_FOUND_MESSAGE)
                .expectNoEvents();
    }
}
