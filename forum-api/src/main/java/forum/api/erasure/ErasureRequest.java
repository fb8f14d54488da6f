package forum.api.erasure;

import java.util.List;
import java.util.UUID;

import forum.core.erasure.ErasureReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What to erase of a person, as the data-subject search found it, and why. */
public record ErasureRequest(
        @Schema(description = "Data subjects of the events, <kind>:<uuid> (member, coordinator, issue, meeting, "
                + "action-item, recommendation, licence-holder)", example = "member:0b6f5c3e-8a51-4a58-9f6e-3f1d2c4b5a69")
        @Size(max = 1000) List<String> subjects,
        @Schema(description = "Accounts to erase: they can never sign in again") @Size(max = 1000) List<UUID> accountIds,
        @Schema(description = "Invitations to delete") @Size(max = 1000) List<UUID> invitationIds,
        @NotNull ErasureReason reason) {
}
