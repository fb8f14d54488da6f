package forum.api.audit.asof;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueIssueResolved;
import forum.core.venue.VenueDetailsUpdated;
import forum.core.venue.VenueRegistered;

/** Folds a venue's events, oldest first, into its case file; free text only when the reader may read it. */
final class VenueFold {

    private VenueRegistered venue;
    private Instant lastChange;
    private final Map<UUID, VenueAsOf.Issue> issues = new LinkedHashMap<>();
    private final Map<UUID, VenueAsOf.Recommendation> recommendations = new LinkedHashMap<>();
    private final List<VenueAsOf.Decision> decisions = new ArrayList<>();
    private final boolean freeText;

    private VenueFold(boolean freeText) {
        this.freeText = freeText;
    }

    /** The case file at {@code asOf}; the history must start with the venue's registration. */
    static VenueAsOf fold(UUID venueId, Instant asOf, List<Past> history, boolean freeText) {
        VenueFold fold = new VenueFold(freeText);
        history.forEach(fold::apply);
        VenueRegistered venue = fold.venue;
        return new VenueAsOf(venueId, asOf, fold.lastChange, freeText, venue.name(), venue.address(),
                venue.licenceNumber(), venue.licenceHolder(), venue.licenceKind(), venue.servingHours(),
                List.copyOf(fold.issues.values()), List.copyOf(fold.recommendations.values()), fold.decisions);
    }

    private void apply(Past past) {
        Instant at = past.at();
        lastChange = at;
        if (past.event() instanceof VenueRegistered registered) {
            venue = registered;
        } else if (past.event() instanceof VenueDetailsUpdated updated) {
            venue = new VenueRegistered(venue.tenantId(), venue.venueId(), updated.name(), updated.address(),
                    venue.licenceNumber(), updated.licenceHolder(), updated.licenceKind(), updated.servingHours(),
                    updated.licenceValidFrom(), updated.licenceValidTo());
        } else if (past.event() instanceof VenueIssueRegistered issue) {
            issues.put(issue.issueId(), new VenueAsOf.Issue(issue.issueId(), at, issue.category(), issue.severity(),
                    issue.source(), issue.observedAt(), text(issue.description()), null, null));
        } else if (past.event() instanceof VenueIssueResolved resolved) {
            issues.computeIfPresent(resolved.issueId(), (id, issue) -> new VenueAsOf.Issue(id, issue.registeredAt(),
                    issue.category(), issue.severity(), issue.source(), issue.observedAt(), issue.description(), at,
                    text(resolved.resolution())));
        } else if (past.event() instanceof LicenceRecommendationIssued issued) {
            recommendations.put(issued.recommendationId(), new VenueAsOf.Recommendation(issued.recommendationId(),
                    at, issued.kind(), issued.issueIds(), issued.meetingId(), text(issued.rationale()), null, null));
        } else if (past.event() instanceof LicenceRecommendationRevoked revoked) {
            recommendations.computeIfPresent(revoked.recommendationId(), (id, given) ->
                    new VenueAsOf.Recommendation(id, given.issuedAt(), given.kind(), given.issueIds(),
                            given.meetingId(), given.rationale(), at, text(revoked.reason())));
        } else if (past.event() instanceof LicensingDecisionRecorded decision) {
            decisions.add(new VenueAsOf.Decision(decision.decisionId(), at, decision.recommendationId(),
                    decision.outcome(), decision.from(), decision.to(), decision.authorityReference()));
        }
    }

    private String text(String value) {
        return freeText ? value : null;
    }
}
