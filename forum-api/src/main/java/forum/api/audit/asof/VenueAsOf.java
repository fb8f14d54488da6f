package forum.api.audit.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;

/**
 * A venue's case file as it stood at {@code asOf}: the venue, its issues with their status, the forum's
 * recommendations (revoked ones stay, marked) and the licensing decisions, each with when it was recorded.
 * {@code lastChange} is the time of the latest event the view holds. Free text (descriptions, resolutions,
 * rationales, reasons) is null unless {@code freeTextIncluded}.
 */
public record VenueAsOf(UUID venueId, Instant asOf, Instant lastChange, boolean freeTextIncluded, String name,
                        String address, String licenceNumber, String licenceHolder, LicenceKind licenceKind,
                        String servingHours, List<Issue> issues, List<Recommendation> recommendations,
                        List<Decision> decisions) {

    public VenueAsOf {
        issues = List.copyOf(issues);
        recommendations = List.copyOf(recommendations);
        decisions = List.copyOf(decisions);
    }

    /** An issue; {@code resolvedAt} null while it was open. */
    public record Issue(UUID issueId, Instant registeredAt, IssueCategory category, Severity severity,
                        IssueSource source, Instant observedAt, String description, Instant resolvedAt,
                        String resolution) {

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    /** A recommendation; {@code revokedAt} null while it stood. */
    public record Recommendation(UUID recommendationId, Instant issuedAt, RecommendationKind kind,
                                 Set<UUID> issueIds, UUID meetingId, String rationale, Instant revokedAt,
                                 String revocationReason) {

        public Recommendation {
            issueIds = Set.copyOf(issueIds);
        }

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A licensing decision; {@code recommendationId}, {@code to} and {@code authorityReference} may be null. */
    public record Decision(UUID decisionId, Instant recordedAt, UUID recommendationId, DecisionOutcome outcome,
                           LocalDate from, LocalDate to, String authorityReference) {
    }
}
