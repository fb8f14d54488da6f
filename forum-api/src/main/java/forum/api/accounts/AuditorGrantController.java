package forum.api.accounts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/auditor-grants")
class AuditorGrantController {

    private final AuditorGrants grants;

    AuditorGrantController(AuditorGrants grants) {
        this.grants = grants;
    }

    /** The auditor accepts the token at POST /api/v1/invitations/{token}/acceptance, like any invitation. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Allowed.Coordinators
    public ResponseEntity<AuditorGrants.Issued> grant(@AuthenticationPrincipal ForumUser user,
                                                      @Valid @RequestBody AuditorGrantRequest request) {
        AuditorGrants.Issued issued = grants.grant(Tenants.of(user), user.userId(), request);
        return ResponseEntity.created(URI.create("/api/v1/auditor-grants/" + issued.id()))
                .cacheControl(CacheControl.noStore()).body(issued);
    }

    @GetMapping
    @Allowed.Coordinators
    public List<AuditorGrants.Grant> current(@AuthenticationPrincipal ForumUser user) {
        return grants.current(Tenants.of(user));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{grantId}")
    @Allowed.Coordinators
    public ResponseEntity<Void> end(@AuthenticationPrincipal ForumUser user, @PathVariable UUID grantId) {
        grants.end(Tenants.of(user), grantId);
        return ResponseEntity.noContent().build();
    }
}
