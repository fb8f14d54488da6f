package forum.api.audit.reads;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.projections.paging.PageQuery;

/** The coordinator's page of the auditors' reads, beside the auditors' grants. */
@PageController
class ReadLogPages {

    static final String PATH = "/people/auditor-reads";
    private static final int PAGE_SIZE = 50;

    private final ReadLog log;

    ReadLogPages(ReadLog log) {
        this.log = log;
    }

    @Bean
    static NavigationEntry readLogNavigation() {
        return new NavigationEntry(83, PATH, "reads.nav", Set.of(Role.COORDINATOR));
    }

    @GetMapping(PATH)
    @Allowed.Coordinators
    String reads(@AuthenticationPrincipal ForumUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("reads", log.reads(Tenants.of(user), new PageQuery(Math.max(page, 0), PAGE_SIZE)));
        return "audit/reads";
    }
}
