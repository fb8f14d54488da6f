package forum.api.audit.chain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The chain's verification for the auditor (their municipality's chain) and the operator (one municipality's, or every
 * chain, the national networks' included).
 */
@RestController
class ChainVerificationController {

    private final ChainVerification verification;

    ChainVerificationController(ChainVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Verify the event chain", description = "Recomputes every chained event's digest and link and"
            + " checks the signed checkpoints: each chain is clean or names its first broken link (global index,"
            + " event, aggregate, what). An auditor verifies their municipality's chain; the operator one"
            + " municipality's (tenant) or every chain. Events stored since the chainer's last batch are not covered"
            + " yet (chainedUpTo).")
    @GetMapping("/api/v1/audit/chain/verification")
    @PreAuthorize("hasAnyRole('AUDITOR', 'OPERATOR')")
    public Verification verify(@AuthenticationPrincipal ForumUser user,
                               @Parameter(description = "The municipality (operator only; an auditor's is their own)")
                               @RequestParam(required = false) UUID tenant) {
        if (user.roles().contains(Role.OPERATOR)) {
            return verification.verify(Optional.ofNullable(tenant).map(Chains::of));
        }
        UUID own = Tenants.of(user);
        if (tenant != null && !tenant.equals(own)) {
            throw new AccessDeniedException("An auditor verifies their own municipality's chain");
        }
        return verification.verify(Optional.of(Chains.of(own)));
    }
}
