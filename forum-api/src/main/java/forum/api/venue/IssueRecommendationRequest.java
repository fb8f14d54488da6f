package forum.api.venue;

import java.util.Set;
import java.util.UUID;

import forum.core.venue.RecommendationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code meetingId} (optional) is the meeting where the forum agreed; missing issues are none. */
record IssueRecommendationRequest(@NotNull RecommendationKind kind,
                                  @NotBlank @Size(max = 10_000) String rationale,
                                  @Size(max = 1_000) Set<@NotNull UUID> issueIds,
                                  UUID meetingId) {

    IssueRecommendationRequest {
        issueIds = issueIds == null ? Set.of() : issueIds;
    }
}
