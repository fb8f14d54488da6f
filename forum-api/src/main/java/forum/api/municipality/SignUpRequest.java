package forum.api.municipality;

import forum.core.municipality.Country;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A municipality signing up: its coordinator becomes the first user of the new tenant. */
public record SignUpRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Country country,
        @NotBlank @Size(max = 4) String officialCode,
        @NotBlank @Size(max = 200) String coordinatorName,
        @NotBlank @Email @Size(max = 320) String coordinatorEmail,
        @NotBlank @Size(min = 12, max = 200) String coordinatorPassword) {
}
