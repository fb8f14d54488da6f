package forum.api.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The invite form: the municipality by its official key (country and official code, DK-657), which its people know
 * and the page resolves to the municipality it names; the API is sent the municipality's id.
 */
public class InviteMunicipalityForm {

    @NotBlank
    @Size(max = 20)
    private String municipalityKey;

    public String getMunicipalityKey() {
        return municipalityKey;
    }

    public void setMunicipalityKey(String municipalityKey) {
        this.municipalityKey = municipalityKey;
    }
}
