package forum.api.meeting;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record RescheduleMeetingRequest(@NotNull Instant startsAt,
                                @NotNull Duration duration,
                                @NotBlank @Size(max = 200) String location) {
}
