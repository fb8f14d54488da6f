package forum.api.retention;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.FormProblems;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;

/** The coordinator's page of the municipality's retention periods and the job's latest runs. */
@PageController
class RetentionPages {

    static final String PATH = "/privacy/retention";

    private final RetentionPeriods periods;
    private final RetentionRuns runs;

    RetentionPages(RetentionPeriods periods, RetentionRuns runs) {
        this.periods = periods;
        this.runs = runs;
    }

    @Bean
    static NavigationEntry retentionNavigation() {
        return new NavigationEntry(85, PATH, "retention.nav", Set.of(Role.COORDINATOR));
    }

    @GetMapping(PATH)
    @Allowed.Coordinators
    String retention(@AuthenticationPrincipal ForumUser user, Model model) {
        return page(user, model, RetentionForm.of(periods.of(Tenants.of(user))));
    }

    /** Every period is checked first: one out of its bounds changes none. */
    @PostMapping(PATH)
    @Allowed.Coordinators
    String change(@AuthenticationPrincipal ForumUser user, @ModelAttribute("form") RetentionForm form,
                  BindingResult problems, Model model, RedirectAttributes next) {
        form.days().forEach((kind, days) -> {
            String field = RetentionForm.field(kind);
            if (!problems.hasFieldErrors(field) && (days == null || !kind.accepts(days))) {
                FormProblems.reject(problems, field, RetentionPeriods.OUT_OF_BOUNDS);
            }
        });
        if (problems.hasErrors()) {
            return page(user, model, form);
        }
        periods.change(Tenants.of(user), form.days(), user.userId());
        next.addFlashAttribute("notice", "retention.changed");
        return "redirect:" + PATH;
    }

    private String page(ForumUser user, Model model, RetentionForm form) {
        List<RetentionPeriods.Period> current = periods.of(Tenants.of(user));
        model.addAttribute("periods", current);
        model.addAttribute("rows", current.stream()
                .map(period -> new RetentionForm.Row(period, RetentionForm.field(period.kind()))).toList());
        model.addAttribute("runs", runs.latest(Tenants.of(user), RetentionController.LATEST_RUNS));
        model.addAttribute("form", form);
        return "retention/retention";
    }
}
