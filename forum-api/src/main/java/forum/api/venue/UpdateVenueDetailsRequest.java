package forum.api.venue;

import java.time.LocalDate;

import forum.core.venue.LicenceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** All of a venue's changeable details as they are now; the licence period is optional. */
record UpdateVenueDetailsRequest(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Size(max = 200) String address,
                                 @NotBlank @Size(max = 200) String licenceHolder,
                                 @NotNull LicenceKind licenceKind,
                                 @NotBlank @Size(max = 200) String servingHours,
                                 LocalDate licenceValidFrom,
                                 LocalDate licenceValidTo) {
}
