package forum.core.venue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

import forum.core.meeting.MeetingDirectory;
import forum.core.sanction.SanctionRuleBook;
import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;
import forum.core.shared.TenantCommand;
import forum.core.shared.Tenancy;

public class Venue {

    static final int ISSUES_PER_RECOMMENDATION = 1_000;

    private enum Recommendation { ISSUED, REVOKED, DECIDED }

    @AggregateIdentifier
    private UUID venueId;
    private UUID tenantId;
    private VenueDetails details;
    private boolean closed;
    private final Map<UUID, Boolean> issueResolved = new HashMap<>();
    private final Map<UUID, Recommendation> recommendations = new HashMap<>();
    private final Set<UUID> decisions = new HashSet<>();

    // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    protected Venue() {
    }

    @CommandHandler
    public Venue(RegisterVenue command) {
        Require.present(command.tenantId(), "tenantId");
        Require.present(command.venueId(), "venueId");
        Require.text(command.name(), "name", Require.NAME);
        Require.text(command.address(), "address", Require.LINE);
        Require.text(command.licenceNumber(), "licenceNumber", Require.LINE);
        Require.text(command.licenceHolder(), "licenceHolder", Require.NAME);
        Require.present(command.licenceKind(), "licenceKind");
        Require.text(command.servingHours(), "servingHours", Require.LINE);
        VenueDetails.requirePeriod(command.licenceValidFrom(), command.licenceValidTo());
        apply(new VenueRegistered(command.tenantId(), command.venueId(), command.name(), command.address(),
                command.licenceNumber(), command.licenceHolder(), command.licenceKind(), command.servingHours(),
                command.licenceValidFrom(), command.licenceValidTo()));
    }

    @CommandHandlerInterceptor
    void sameTenant(TenantCommand command) {
        Tenancy.requireSameTenant(tenantId, command, venueId);
    }

    /** Answers what changed: nothing when the details are the venue's already (an import sent twice). */
    @CommandHandler
    public Set<VenueDetail> handle(UpdateVenueDetails command) {
        requireOpen();
        VenueDetails requested = VenueDetails.of(command);
        Set<VenueDetail> changed = details.changedIn(requested);
        if (!changed.isEmpty()) {
            apply(requested.updated(tenantId, venueId, changed));
        }
        return changed;
    }

    @CommandHandler
    public void handle(CloseVenue command) {
        Require.present(command.closedOn(), "closedOn");
        Require.present(command.reason(), "reason");
        if (closed) {
            throw DomainRuleViolation.conflict("venue.already-closed", "closedOn", "The venue is already closed");
        }
        apply(new VenueClosed(tenantId, venueId, command.closedOn(), command.reason()));
    }

    private void requireOpen() {
        if (closed) {
            throw DomainRuleViolation.conflict("venue.closed", "venueId", "The venue is closed");
        }
    }

    @CommandHandler
    public void handle(RegisterVenueIssue command, Clock clock) {
        requireOpen();
        Require.present(command.issueId(), "issueId");
        Require.present(command.category(), "category");
        Require.present(command.observedAt(), "observedAt");
        Require.present(command.source(), "source");
        Require.text(command.description(), "description", Require.FREE_TEXT);
        Require.present(command.severity(), "severity");
        if (command.observedAt().isAfter(clock.instant())) {
            throw new DomainRuleViolation("venue.issue-observed-in-future", "observedAt",
                    "An issue cannot be observed in the future");
        }
        if (issueResolved.containsKey(command.issueId())) {
            throw DomainRuleViolation.conflict("venue.issue-already-registered", "issueId",
                    "The issue is already registered");
        }
        apply(new VenueIssueRegistered(tenantId, venueId, command.issueId(), command.category(), command.observedAt(),
                command.source(), command.description(), command.severity()));
    }

    @CommandHandler
    public void handle(ResolveVenueIssue command) {
        Boolean resolved = issueResolved.get(command.issueId());
        if (resolved == null) {
            throw DomainRuleViolation.notFound("venue.unknown-issue", "issueId", "The venue has no such issue");
        }
        if (resolved) {
            throw DomainRuleViolation.conflict("venue.issue-already-resolved", "issueId",
                    "The issue is already resolved");
        }
        Require.text(command.resolution(), "resolution", Require.FREE_TEXT);
        apply(new VenueIssueResolved(tenantId, venueId, command.issueId(), command.resolution()));
    }

    @CommandHandler
    public void handle(IssueLicenceRecommendation command, MeetingDirectory meetings) {
        Require.present(command.recommendationId(), "recommendationId");
        RecommendationKind kind = Require.present(command.kind(), "kind");
        Require.text(command.rationale(), "rationale", Require.FREE_TEXT);
        Set<UUID> issueIds = Require.elements(command.issueIds(), "issueIds", ISSUES_PER_RECOMMENDATION);
        if (recommendations.containsKey(command.recommendationId())) {
            throw DomainRuleViolation.conflict("venue.recommendation-already-issued", "recommendationId",
                    "The recommendation is already issued");
        }
        if (!issueResolved.keySet().containsAll(issueIds)) {
            throw new DomainRuleViolation("venue.recommendation-unknown-issue", "issueIds",
                    "A recommendation can only refer to issues of this venue");
        }
        if (kind != RecommendationKind.NO_ACTION && issueIds.isEmpty()) {
            throw new DomainRuleViolation("venue.recommendation-without-issues", "issueIds",
                    "A sanction is recommended on the grounds of at least one issue");
        }
        if (command.meetingId() != null && !meetings.exists(tenantId, command.meetingId())) {
            // The same answer for a meeting that never existed and for another municipality's.
            throw DomainRuleViolation.notFound("venue.unknown-meeting", "meetingId", "No such meeting");
        }
        apply(new LicenceRecommendationIssued(tenantId, venueId, command.recommendationId(), kind, command.rationale(),
                Set.copyOf(issueIds), command.meetingId()));
    }

    @CommandHandler
    public void handle(RevokeLicenceRecommendation command) {
        Recommendation recommendation = recommendations.get(command.recommendationId());
        if (recommendation == null) {
            throw DomainRuleViolation.notFound("venue.unknown-recommendation", "recommendationId",
                    "The venue has no such recommendation");
        }
        if (recommendation == Recommendation.REVOKED) {
            throw DomainRuleViolation.conflict("venue.recommendation-already-revoked", "recommendationId",
                    "The recommendation is already revoked");
        }
        if (recommendation == Recommendation.DECIDED) {
            throw DomainRuleViolation.conflict("venue.recommendation-already-decided", "recommendationId",
                    "The licensing authority has decided on the recommendation");
        }
        Require.text(command.reason(), "reason", Require.FREE_TEXT);
        apply(new LicenceRecommendationRevoked(tenantId, venueId, command.recommendationId(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordLicensingDecision command) {
        Require.present(command.decisionId(), "decisionId");
        DecisionOutcome outcome = Require.present(command.outcome(), "outcome");
        Require.present(command.from(), "from");
        if (command.recommendationId() == null) {
            Require.text(command.authorityReference(), "authorityReference", Require.LINE);
        } else {
            Require.optionalText(command.authorityReference(), "authorityReference", Require.LINE);
            requireDecidable(recommendations.get(command.recommendationId()));
        }
        if (outcome == DecisionOutcome.SUSPENSION && command.to() == null) {
            throw new DomainRuleViolation("venue.suspension-needs-end-date", "to", "A suspension needs an end date");
        }
        if (command.to() != null && command.to().isBefore(command.from())) {
            throw new DomainRuleViolation("venue.decision-ends-before-it-starts", "to",
                    "A decision cannot end before it takes effect");
        }
        requireKnownBreach(command);
        if (decisions.contains(command.decisionId())) {
            throw DomainRuleViolation.conflict("venue.decision-already-recorded", "decisionId",
                    "The decision is already recorded");
        }
        apply(new LicensingDecisionRecorded(tenantId, venueId, command.decisionId(), command.recommendationId(),
                outcome, command.from(), command.to(), command.authorityReference(), command.breachType(),
                command.breachCommittedOn()));
    }

    private static void requireKnownBreach(RecordLicensingDecision command) {
        if (command.breachType() == null && command.breachCommittedOn() == null) {
            return;
        }
        Require.text(command.breachType(), "breachType", Require.LINE);
        LocalDate committedOn = Require.present(command.breachCommittedOn(), "breachCommittedOn");
        if (committedOn.isAfter(command.from())) {
            throw new DomainRuleViolation("venue.breach-after-decision", "breachCommittedOn",
                    "The breach cannot be committed after the decision takes effect");
        }
        if (!SanctionRuleBook.standard().knowsBreachType(command.breachType(), committedOn)) {
            throw new DomainRuleViolation("venue.unknown-breach-type", "breachType",
                    "No penalty-point rules in force on that day know the breach type");
        }
    }

    private static void requireDecidable(Recommendation recommendation) {
        if (recommendation == null) {
            throw DomainRuleViolation.notFound("venue.unknown-recommendation", "recommendationId",
                    "The venue has no such recommendation");
        }
        if (recommendation == Recommendation.REVOKED) {
            throw DomainRuleViolation.conflict("venue.recommendation-revoked", "recommendationId",
                    "The recommendation was revoked");
        }
    }

    @EventSourcingHandler
    void on(VenueRegistered event) {
        venueId = event.venueId();
        tenantId = event.tenantId();
        details = VenueDetails.of(event);
    }

    @EventSourcingHandler
    void on(VenueDetailsUpdated event) {
        details = VenueDetails.of(event);
    }

    @EventSourcingHandler
    void on(VenueClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(VenueIssueRegistered event) {
        issueResolved.put(event.issueId(), false);
    }

    @EventSourcingHandler
    void on(VenueIssueResolved event) {
        issueResolved.put(event.issueId(), true);
    }

    @EventSourcingHandler
    void on(LicenceRecommendationIssued event) {
        recommendations.put(event.recommendationId(), Recommendation.ISSUED);
    }

    @EventSourcingHandler
    void on(LicenceRecommendationRevoked event) {
        recommendations.put(event.recommendationId(), Recommendation.REVOKED);
    }

    @EventSourcingHandler
    void on(LicensingDecisionRecorded event) {
        decisions.add(event.decisionId());
        if (event.recommendationId() != null) {
            recommendations.put(event.recommendationId(), Recommendation.DECIDED);
        }
    }
}
