package forum.api.network;

import forum.core.municipality.Country;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record CreateNetworkRequest(@NotBlank @Size(max = 200) String name, @NotNull Country country) {
}
