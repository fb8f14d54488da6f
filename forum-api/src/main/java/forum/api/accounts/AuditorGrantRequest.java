package forum.api.accounts;

import java.time.Instant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Read-only access for an auditor until expiresAt (an instant, at most a year ahead). */
public record AuditorGrantRequest(
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull Instant expiresAt) {
}
