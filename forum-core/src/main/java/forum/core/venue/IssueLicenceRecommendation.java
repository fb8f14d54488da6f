package forum.core.venue;

import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

/** {@code meetingId} (may be null) is the meeting where the forum agreed on the recommendation. */
public record IssueLicenceRecommendation(UUID tenantId,
                                         @TargetAggregateIdentifier UUID venueId,
                                         UUID recommendationId,
                                         RecommendationKind kind,
                                         @PersonalData String rationale,
                                         Set<UUID> issueIds,
                                         UUID meetingId) implements TenantCommand {
}
