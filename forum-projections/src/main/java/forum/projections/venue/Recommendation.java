package forum.projections.venue;

import forum.core.venue.RecommendationKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recommendation in the venue's file, revoked ones included; rationale and reason are free text. */
public record Recommendation(UUID recommendationId, RecommendationKind kind, String rationale, List<UUID> issueIds,
                             UUID meetingId, Instant issuedAt, Instant revokedAt, String revocationReason,
                             Instant decidedAt) {

    public Recommendation {
        issueIds = List.copyOf(issueIds);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
