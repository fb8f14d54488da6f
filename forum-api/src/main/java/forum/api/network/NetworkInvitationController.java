package forum.api.network;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.core.network.DeclineNetworkInvitation;
import forum.core.network.InviteMunicipalityToNetwork;
import forum.core.network.WithdrawNetworkInvitation;
import forum.projections.networkstatistics.NetworkInvitation;
import forum.projections.networkstatistics.NetworkInvitations;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/**
 * A network chooses its members: the operator or the network's coordinator invites a municipality, whose
 * coordinator then joins (consents) or declines. A network coordinator acts on their own network only; another
 * network reads as not found.
 */
@RestController
class NetworkInvitationController {

    private final CommandGateway commands;
    private final NetworkInvitations invitations;

    NetworkInvitationController(CommandGateway commands, NetworkInvitations invitations) {
        this.commands = commands;
        this.invitations = invitations;
    }

    @Operation(summary = "Invite a municipality to the network",
            description = "The operator or this network's coordinator. The municipality joins when its coordinator "
                    + "consents (POST /api/v1/networks/{networkId}/members).")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/networks/{networkId}/invitations")
    @Allowed.NetworkInviters
    public ResponseEntity<Void> invite(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId,
                                       @Valid @RequestBody InviteMunicipalityRequest request) {
        requireOwnNetwork(user, networkId);
        commands.sendAndWait(new InviteMunicipalityToNetwork(request.municipalityId(), networkId));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + networkId + "/invitations")).build();
    }

    @Operation(summary = "The network's invitations, standing ones first", description = "404 for an unknown network.")
    @GetMapping("/api/v1/networks/{networkId}/invitations")
    @Allowed.NetworkInviters
    public List<NetworkInvitation> sent(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId) {
        requireOwnNetwork(user, networkId);
        return invitations.sent(networkId).orElseThrow(QueryProblems::notFound);
    }

    @Operation(summary = "Withdraw a standing invitation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/v1/networks/{networkId}/invitations/{municipalityId}")
    @Allowed.NetworkInviters
    public ResponseEntity<Void> withdraw(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId,
                                         @PathVariable UUID municipalityId) {
        requireOwnNetwork(user, networkId);
        commands.sendAndWait(new WithdrawNetworkInvitation(municipalityId, networkId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The invitations the own municipality received, standing ones first")
    @GetMapping("/api/v1/municipality/network-invitations")
    @Allowed.Coordinators
    public List<NetworkInvitation> received(@AuthenticationPrincipal ForumUser user) {
        return invitations.received(Tenants.of(user));
    }

    @Operation(summary = "Decline the network's standing invitation to the own municipality")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/v1/networks/{networkId}/invitations/mine")
    @Allowed.Coordinators
    public ResponseEntity<Void> decline(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId) {
        commands.sendAndWait(new DeclineNetworkInvitation(Tenants.of(user), networkId));
        return ResponseEntity.noContent().build();
    }

    private static void requireOwnNetwork(ForumUser user, UUID networkId) {
        if (user.has(Role.NETWORK_COORDINATOR) && !networkId.equals(user.networkId())) {
            throw QueryProblems.notFound();
        }
    }
}
