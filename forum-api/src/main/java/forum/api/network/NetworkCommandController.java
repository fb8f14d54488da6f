package forum.api.network;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.core.network.CreateNetwork;
import forum.core.network.JoinNetwork;
import forum.core.network.LeaveNetwork;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/networks")
class NetworkCommandController {

    private final CommandGateway commands;

    NetworkCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Allowed.Operators
    public ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody CreateNetworkRequest request) {
        UUID networkId = UUID.randomUUID();
        commands.sendAndWait(new CreateNetwork(networkId, request.name(), request.country()));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + networkId)).body(Map.of("id", networkId));
    }

    /** The coordinator's consent: the own municipality joins. No body: the member is always the caller's tenant. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{networkId}/members")
    @Allowed.Coordinators
    public ResponseEntity<Void> join(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId) {
        commands.sendAndWait(new JoinNetwork(Tenants.of(user), networkId));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + networkId + "/members/mine")).build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{networkId}/members/mine")
    @Allowed.Coordinators
    public ResponseEntity<Void> leave(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId) {
        commands.sendAndWait(new LeaveNetwork(Tenants.of(user), networkId));
        return ResponseEntity.noContent().build();
    }
}
