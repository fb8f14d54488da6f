package forum.api.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Revoking a recommendation: why ({@link forum.core.venue.RevokeLicenceRecommendation#reason()}). */
public class RevocationForm {

    @NotBlank
    @Size(max = 10_000)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
