package forum.api.accounts;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.problem.ConflictException;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import jakarta.validation.Valid;

/** The municipality's accounts: their roles changed, deactivated after a question of its own, reactivated. */
@PageController
class AccountPages {

    private static final String LIST = "redirect:/people/accounts";

    private final Accounts accounts;

    AccountPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/people/accounts")
    @Allowed.Coordinators
    String accounts(@AuthenticationPrincipal ForumUser user, Model model) {
        model.addAttribute("accounts", accounts.list(Tenants.of(user)));
        model.addAttribute("roles", Invitations.MEMBER_ROLES);
        model.addAttribute("self", user.userId());
        return "people/accounts";
    }

    @PostMapping("/people/accounts/{accountId}/role")
    @Allowed.Coordinators
    String changeRole(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId,
                      @Valid @ModelAttribute("form") AccountRoleForm form, BindingResult problems,
                      RedirectAttributes next) {
        Accounts.Account account = accounts.get(Tenants.of(user), accountId);
        if (problems.hasErrors() || !Invitations.MEMBER_ROLES.contains(form.getRole())) {
            next.addFlashAttribute("problem", "people.accounts.chooseRole");
            return LIST;
        }
        return afterChange(() -> accounts.changeRole(Tenants.of(user), user.userId(), accountId, form.getRole()),
                "people.accounts.roleChanged", account, next);
    }

    @GetMapping("/people/accounts/{accountId}/deactivation")
    @Allowed.Coordinators
    String confirmDeactivation(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId, Model model) {
        model.addAttribute("account", accounts.get(Tenants.of(user), accountId));
        return "people/deactivate-account";
    }

    @PostMapping("/people/accounts/{accountId}/deactivation")
    @Allowed.Coordinators
    String deactivate(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId, RedirectAttributes next) {
        Accounts.Account account = accounts.get(Tenants.of(user), accountId);
        return afterChange(() -> accounts.deactivate(Tenants.of(user), user.userId(), accountId),
                "people.accounts.deactivated", account, next);
    }

    @PostMapping("/people/accounts/{accountId}/reactivation")
    @Allowed.Coordinators
    String reactivate(@AuthenticationPrincipal ForumUser user, @PathVariable UUID accountId, RedirectAttributes next) {
        Accounts.Account account = accounts.get(Tenants.of(user), accountId);
        return afterChange(() -> accounts.reactivate(Tenants.of(user), accountId), "people.accounts.reactivated",
                account, next);
    }

    /** A refusal (the last coordinator, the own account) is said on the list, in the person's language. */
    private static String afterChange(Runnable change, String notice, Accounts.Account account,
                                      RedirectAttributes next) {
        try {
            change.run();
            next.addFlashAttribute("notice", notice);
            next.addFlashAttribute("noticeName", account.name());
        } catch (ConflictException refused) {
            next.addFlashAttribute("problem", "problem." + refused.code());
        }
        return LIST;
    }
}
