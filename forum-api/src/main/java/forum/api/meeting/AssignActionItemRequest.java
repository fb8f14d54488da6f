package forum.api.meeting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner is a member of the meeting's forum. */
record AssignActionItemRequest(@NotNull UUID ownerMemberId,
                               @NotBlank @Size(max = 10_000) String what,
                               @NotNull LocalDate due) {
}
