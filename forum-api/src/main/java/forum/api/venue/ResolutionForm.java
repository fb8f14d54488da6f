package forum.api.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Resolving an issue: how it was resolved ({@link forum.core.venue.ResolveVenueIssue#resolution()}). */
public class ResolutionForm {

    @NotBlank
    @Size(max = 10_000)
    private String resolution;

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
