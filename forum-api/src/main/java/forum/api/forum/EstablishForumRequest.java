package forum.api.forum;

import forum.core.forum.ForumMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code meetingsPerYear} is the planned cadence. */
record EstablishForumRequest(@NotBlank @Size(max = 200) String name,
                             @NotNull ForumMethod method,
                             @NotNull @Min(1) @Max(52) Integer meetingsPerYear) {
}
