package forum.api.accounts;

import forum.api.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The one role an account is to have: FORUM_MEMBER, LICENSING_OFFICER or COORDINATOR. */
public record AccountRoleRequest(
        @Schema(allowableValues = {"FORUM_MEMBER", "LICENSING_OFFICER", "COORDINATOR"}) @NotNull Role role) {
}
