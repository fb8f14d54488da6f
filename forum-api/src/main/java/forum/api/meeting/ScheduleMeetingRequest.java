package forum.api.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code duration} is ISO-8601 ("PT2H"); a missing agenda is an empty one. */
record ScheduleMeetingRequest(@NotNull UUID forumId,
                              @NotNull Instant startsAt,
                              @NotNull Duration duration,
                              @NotBlank @Size(max = 200) String location,
                              @Size(max = 100) List<@NotBlank @Size(max = 1000) String> agenda) {

    ScheduleMeetingRequest {
        agenda = agenda == null ? List.of() : agenda;
    }
}
