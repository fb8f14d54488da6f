package forum.api.accounts;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import jakarta.validation.Valid;

/** The operator grants a network's coordinator: an account in no tenant that sees only this network. */
@RestController
class NetworkCoordinatorController {

    private final Invitations invitations;
    private final KnownNetworks networks;

    NetworkCoordinatorController(Invitations invitations, KnownNetworks networks) {
        this.invitations = invitations;
        this.networks = networks;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/networks/{networkId}/coordinators")
    @Allowed.Operators
    public ResponseEntity<Invitations.Issued> grant(@AuthenticationPrincipal ForumUser user,
                                                    @PathVariable UUID networkId,
                                                    @Valid @RequestBody NetworkCoordinatorRequest request) {
        if (!networks.exists(networkId)) {
            throw AccountProblems.notFound("not-found", "No such network");
        }
        Invitations.Issued issued = invitations.issue(new Invitations.Draft(null, networkId, request.email(),
                request.name(), Role.NETWORK_COORDINATOR, null, user.userId()));
        return ResponseEntity.created(URI.create("/api/v1/invitations/" + issued.id()))
                .cacheControl(CacheControl.noStore()).body(issued);
    }
}
