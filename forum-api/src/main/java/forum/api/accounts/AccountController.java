package forum.api.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/**
 * The municipality's accounts. Deactivating ends the account's sign-ins and page sessions; a bearer token its
 * identity provider issued stays valid until it expires (the provider ends those).
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "The municipality's accounts", description = "Every account of the municipality whose "
            + "access has not ended, active or deactivated, by name.")
    @GetMapping
    @Allowed.Coordinators
    public List<Accounts.Account> list(@AuthenticationPrincipal ForumUser user) {
        return accounts.list(Tenants.of(user));
    }

    @Operation(summary = "Change an account's role", description = "Replaces the account's roles by one member's "
            + "role. Refused (409) for the own account (code account.self), for the last active coordinator (code "
            + "account.last-coordinator) and for an auditor's account (code account.auditor); the same role again "
            + "changes nothing. The account's open page sessions take the new role at their next request.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{accountId}/role")
    @Allowed.Coordinators
    public ResponseEntity<Void> changeRole(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId,
                                           @Valid @RequestBody AccountRoleRequest request) {
        accounts.changeRole(Tenants.of(user), user.userId(), accountId, request.role());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Deactivate an account", description = "The account can no longer sign in (form or Basic) "
            + "and its open page sessions end; a bearer token of the identity provider stays valid until it expires. "
            + "Refused (409) for the own account (code account.self) and for the last active coordinator (code "
            + "account.last-coordinator); deactivating twice changes nothing.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{accountId}/deactivation")
    @Allowed.Coordinators
    public ResponseEntity<Void> deactivate(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId) {
        accounts.deactivate(Tenants.of(user), user.userId(), accountId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Reactivate an account", description = "The account may sign in again; reactivating an "
            + "active account changes nothing.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{accountId}/reactivation")
    @Allowed.Coordinators
    public ResponseEntity<Void> reactivate(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId) {
        accounts.reactivate(Tenants.of(user), accountId);
        return ResponseEntity.noContent().build();
    }
}
