package forum.api.meeting;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Members of the forum not listed as present are recorded as absent. */
record AttendanceRequest(@NotNull @Size(max = 500) Set<@NotNull UUID> presentMemberIds) {
}
