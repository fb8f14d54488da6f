package forum.api.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CancelMeetingRequest(@NotBlank @Size(max = 10_000) String reason) {
}
