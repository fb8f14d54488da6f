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

    @GetMapping
    @Allowed.Coordinators
    public List<Accounts.Account> list(@AuthenticationPrincipal ForumUser user) {
        return accounts.list(Tenants.of(user));
    }

    /** Replaces the account's roles; refused for the own account (account.self), the last active coordinator
     *  (account.last-coordinator) and an auditor's account (account.auditor). */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{accountId}/role")
    @Allowed.Coordinators
    public ResponseEntity<Void> changeRole(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId,
                                           @Valid @RequestBody AccountRoleRequest request) {
        accounts.changeRole(Tenants.of(user), user.userId(), accountId, request.role());
        return ResponseEntity.noContent().build();
    }

    /** Refused for the own account (account.self) and the last active coordinator (account.last-coordinator). */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{accountId}/deactivation")
    @Allowed.Coordinators
    public ResponseEntity<Void> deactivate(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId) {
        accounts.deactivate(Tenants.of(user), user.userId(), accountId);
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{accountId}/reactivation")
    @Allowed.Coordinators
    public ResponseEntity<Void> reactivate(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId) {
        accounts.reactivate(Tenants.of(user), accountId);
        return ResponseEntity.noContent().build();
    }
}
