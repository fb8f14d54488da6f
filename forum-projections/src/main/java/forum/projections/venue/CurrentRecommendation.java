package forum.projections.venue;

import forum.core.venue.RecommendationKind;

import java.time.Instant;
import java.util.UUID;

/** The latest recommendation the forum has not revoked; {@code decidedAt} once the authority decided on it. */
public record CurrentRecommendation(UUID recommendationId, RecommendationKind kind, Instant issuedAt,
                                    Instant decidedAt) {
}
