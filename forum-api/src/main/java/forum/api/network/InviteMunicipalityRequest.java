package forum.api.network;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The municipality (its tenant id, as the operator's and the network's lists show it) invited to the network. */
public record InviteMunicipalityRequest(@NotNull UUID municipalityId) {
}
