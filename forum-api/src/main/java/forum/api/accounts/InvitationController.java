package forum.api.accounts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
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
import forum.api.security.AttemptLimits;
import forum.api.security.ForumUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/invitations")
class InvitationController {

    private final Invitations invitations;
    private final AttemptLimits limits;

    InvitationController(Invitations invitations, AttemptLimits limits) {
        this.invitations = invitations;
        this.limits = limits;
    }

    /**
     * The answer carries the token the invitation e-mail would; the invitation keeps it only hashed. A retry with the
     * same Idempotency-Key gets the answer again, which is kept sealed under that key (SealedAnswers).
     */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Allowed.Coordinators
    public ResponseEntity<Invitations.Issued> invite(@AuthenticationPrincipal ForumUser user,
                                                     @Valid @RequestBody InvitationRequest request) {
        if (!Invitations.MEMBER_ROLES.contains(request.role())) {
            throw AccountProblems.invalid("role", "must be one of " + Invitations.MEMBER_ROLES
                    + "; auditors are granted at /api/v1/auditor-grants");
        }
        Invitations.Issued issued = invitations.issue(new Invitations.Draft(Tenants.of(user), null, request.email(),
                request.name(), request.role(), null, user.userId()));
        return ResponseEntity.created(URI.create("/api/v1/invitations/" + issued.id()))
                .cacheControl(CacheControl.noStore()).body(issued);
    }

    @GetMapping
    @Allowed.Coordinators
    public List<Invitations.Pending> pending(@AuthenticationPrincipal ForumUser user) {
        return invitations.pending(Tenants.of(user));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{invitationId}")
    @Allowed.Coordinators
    public ResponseEntity<Void> revoke(@AuthenticationPrincipal ForumUser user, @PathVariable UUID invitationId) {
        invitations.revoke(Tenants.of(user), invitationId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Anonymous: the token is the credential. Invitations of members, auditor grants and network coordinators
     * are all accepted here. Unknown tokens count against the client address like failed sign-ins.
     */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{token}/acceptance")
    public ResponseEntity<Invitations.Accepted> accept(@PathVariable String token,
                                                       @Valid @RequestBody AcceptanceRequest request,
                                                       HttpServletRequest http) {
        String address = http.getRemoteAddr();
        limits.acceptanceBlocked(address).ifPresent(wait -> {
            throw AccountProblems.tooManyAttempts(wait);
        });
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(invitations.accept(token, request.password()));
        } catch (ErrorResponseException refused) {
            if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                limits.acceptanceFailed(address);
            }
            throw refused;
        }
    }
}
