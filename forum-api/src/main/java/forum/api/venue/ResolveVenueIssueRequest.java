package forum.api.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ResolveVenueIssueRequest(@NotBlank @Size(max = 10_000) String resolution) {
}
