package forum.api.venue;

import forum.api.access.Readers;
import forum.api.security.ForumUser;
import forum.projections.venue.Recommendation;
import forum.projections.venue.VenueFile;
import forum.projections.venue.VenueIssue;

/**
 * A case as the person may read it: the case workers and the auditor read its free text (descriptions, resolutions,
 * rationales, reasons), a forum member its codes and dates only. The JSON API and the pages read it the same way.
 */
final class CaseFreeText {

    private CaseFreeText() {
    }

    static VenueFile asReadBy(ForumUser user, VenueFile file) {
        return Readers.readsCaseFreeText(user) ? file : withoutFreeText(file);
    }

    static VenueIssue asReadBy(ForumUser user, VenueIssue issue) {
        return Readers.readsCaseFreeText(user) ? issue : withoutFreeText(issue);
    }

    static VenueFile withoutFreeText(VenueFile file) {
        return new VenueFile(file.summary(), file.licenceHolder(), file.servingHours(), file.registeredAt(),
                file.recommendations().stream().map(CaseFreeText::withoutFreeText).toList(),
                file.decisions(), file.licenceValidFrom(), file.licenceValidTo(), file.closureReason());
    }

    static Recommendation withoutFreeText(Recommendation recommendation) {
        return new Recommendation(recommendation.recommendationId(), recommendation.kind(), null,
                recommendation.issueIds(), recommendation.meetingId(), recommendation.issuedAt(),
                recommendation.revokedAt(), null, recommendation.decidedAt());
    }

    static VenueIssue withoutFreeText(VenueIssue issue) {
        return new VenueIssue(issue.issueId(), issue.venueId(), issue.venueName(), issue.category(),
                issue.observedAt(), issue.source(), issue.severity(), null, issue.registeredAt(),
                issue.resolvedAt(), null);
    }
}
