package forum.api.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RevokeRecommendationRequest(@NotBlank @Size(max = 10_000) String reason) {
}
