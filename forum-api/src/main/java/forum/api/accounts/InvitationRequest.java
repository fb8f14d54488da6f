package forum.api.accounts;

import forum.api.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person invited to the coordinator's own municipality; role is FORUM_MEMBER, LICENSING_OFFICER or COORDINATOR. */
public record InvitationRequest(
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 200) String name,
        // Auditors, network coordinators and the operator are granted elsewhere, never invited here.
        @Schema(allowableValues = {"FORUM_MEMBER", "LICENSING_OFFICER", "COORDINATOR"}) @NotNull Role role) {
}
