package forum.api.audit;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.accounts.AccountDirectory;
import forum.api.accounts.AccountDirectory.NamedAccount;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.projections.paging.PageQuery;
import forum.projections.venue.VenueRegister;
import forum.projections.venue.VenueStatusFilter;

/**
 * The auditor's landing page: until when the grant lasts, the venues whose case they may read (from the register the
 * venue pages read), and the forums and meetings they may read too. The page area {@code /audit/**} admits the
 * auditor only (PageSecurity); the handler names the readers of the municipality's data as the JSON API does.
 */
@PageController
class AuditPages {

    static final int PAGE_SIZE = 25;

    private final VenueRegister register;
    private final AccountDirectory accounts;

    AuditPages(VenueRegister register, AccountDirectory accounts) {
        this.register = register;
        this.accounts = accounts;
    }

    @Bean
    static NavigationEntry auditNavigation() {
        return new NavigationEntry(5, "/audit", "audit.nav", Set.of(Role.AUDITOR));
    }

    @GetMapping("/audit")
    @Readers.Municipality
    String cases(@AuthenticationPrincipal ForumUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        UUID tenantId = Tenants.of(user);
        model.addAttribute("accessUntil", accounts.named(tenantId, user.userId()).map(NamedAccount::accessUntil)
                .orElse(null));
        model.addAttribute("venues", register.venues(tenantId, VenueStatusFilter.ALL,
                new PageQuery(Math.max(page, 0), PAGE_SIZE)));
        return "audit/cases";
    }
}
