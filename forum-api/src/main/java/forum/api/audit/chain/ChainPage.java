package forum.api.audit.chain;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;

/** The auditor's page of the chain's verification for their municipality, run when the page opens. */
@PageController
class ChainPage {

    private final ChainVerification verification;

    ChainPage(ChainVerification verification) {
        this.verification = verification;
    }

    @Bean
    static NavigationEntry auditChainNavigation() {
        return new NavigationEntry(6, "/audit/chain", "audit.chain.nav", Set.of(Role.AUDITOR));
    }

    @GetMapping("/audit/chain")
    @PreAuthorize("hasRole('AUDITOR')")
    String chain(@AuthenticationPrincipal ForumUser user, Model model) {
        Verification result = verification.verify(Optional.of(Chains.of(Tenants.of(user))));
        model.addAttribute("verification", result);
        model.addAttribute("chain", result.chains().get(0));
        return "audit/chain";
    }
}
