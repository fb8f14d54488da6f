package forum.api.network;

import forum.core.municipality.Country;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The create-network form: the rules of {@link CreateNetworkRequest}, its properties named as the command's. */
public class NetworkForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private Country country;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }
}
