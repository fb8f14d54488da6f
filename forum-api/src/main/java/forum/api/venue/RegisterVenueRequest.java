package forum.api.venue;

import forum.core.venue.LicenceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record RegisterVenueRequest(@NotBlank @Size(max = 200) String name,
                            @NotBlank @Size(max = 200) String address,
                            @NotBlank @Size(max = 200) String licenceNumber,
                            @NotBlank @Size(max = 200) String licenceHolder,
                            @NotNull LicenceKind licenceKind,
                            @NotBlank @Size(max = 200) String servingHours,
                            LocalDate licenceValidFrom,
                            LocalDate licenceValidTo) {
}
