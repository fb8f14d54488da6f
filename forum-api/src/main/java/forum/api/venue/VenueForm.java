package forum.api.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The register-a-venue form: a venue's details and its licence number, which no later change alters. Its properties
 * are named as {@link forum.core.venue.RegisterVenue}'s components.
 */
public class VenueForm extends VenueDetailsForm {

    @NotBlank
    @Size(max = 200)
    private String licenceNumber;

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }
}
