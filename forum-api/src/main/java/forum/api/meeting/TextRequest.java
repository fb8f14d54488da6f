package forum.api.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The minutes or a decision of a meeting. */
record TextRequest(@NotBlank @Size(max = 10_000) String text) {
}
