package forum.api.sanction;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.security.ForumUser;
import forum.api.web.PageController;

/** The sanction rules weighed for one venue, as the JSON API gives them; the decision form shows the same panel. */
@PageController
class SanctionPages {

    private final SanctionViews views;

    SanctionPages(SanctionViews views) {
        this.views = views;
    }

    @GetMapping("/venues/{venueId}/sanction-rules")
    @Allowed.CaseWorkers
    String rules(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                 @RequestParam(required = false) UUID recommendationId, Model model) {
        model.addAttribute("sanctions", views.of(user, venueId, recommendationId));
        return "sanction/rules";
    }
}
