package forum.api.venue;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import forum.core.venue.LicenceKind;
import forum.projections.venue.VenueFile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing a venue's details; its properties are named as {@link forum.core.venue.UpdateVenueDetails}'s components. */
public class VenueDetailsForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 200)
    private String address;
    @NotBlank
    @Size(max = 200)
    private String licenceHolder;
    @NotNull
    private LicenceKind licenceKind;
    @NotBlank
    @Size(max = 200)
    private String servingHours;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate licenceValidFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate licenceValidTo;

    /** The form filled with the venue's current details. */
    static VenueDetailsForm of(VenueFile file) {
        VenueDetailsForm form = new VenueDetailsForm();
        form.name = file.summary().name();
        form.address = file.summary().address();
        form.licenceHolder = file.licenceHolder();
        form.licenceKind = file.summary().licenceKind();
        form.servingHours = file.servingHours();
        form.licenceValidFrom = file.licenceValidFrom();
        form.licenceValidTo = file.licenceValidTo();
        return form;
    }

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

    public LocalDate getLicenceValidFrom() {
        return licenceValidFrom;
    }

    public void setLicenceValidFrom(LocalDate licenceValidFrom) {
        this.licenceValidFrom = licenceValidFrom;
    }

    public LocalDate getLicenceValidTo() {
        return licenceValidTo;
    }

    public void setLicenceValidTo(LocalDate licenceValidTo) {
        this.licenceValidTo = licenceValidTo;
    }
}
