package forum.api.venue;

import java.time.Instant;

import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The description may name people: it is personal data. */
record RegisterVenueIssueRequest(@NotNull IssueCategory category,
                                 @NotNull Instant observedAt,
                                 @NotNull IssueSource source,
                                 @NotBlank @Size(max = 10_000) String description,
                                 @NotNull Severity severity) {
}
