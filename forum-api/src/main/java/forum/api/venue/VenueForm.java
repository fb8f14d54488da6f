package forum.api.venue;

import forum.core.venue.LicenceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The register-a-venue form; its properties are named as {@link forum.core.venue.RegisterVenue}'s components. */
public class VenueForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 200)
    private String address;
    @NotBlank
    @Size(max = 200)
    private String licenceNumber;
    @NotBlank
    @Size(max = 200)
    private String licenceHolder;
    @NotNull
    private LicenceKind licenceKind;
    @NotBlank
    @Size(max = 200)
    private String servingHours;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getLicenceHolder() {
        return licenceHolder;
    }

    public void setLicenceHolder(String licenceHolder) {
        this.licenceHolder = licenceHolder;
    }

    public LicenceKind getLicenceKind() {
        return licenceKind;
    }

    public void setLicenceKind(LicenceKind licenceKind) {
        this.licenceKind = licenceKind;
    }

    public String getServingHours() {
        return servingHours;
    }

    public void setServingHours(String servingHours) {
        this.servingHours = servingHours;
    }
}
