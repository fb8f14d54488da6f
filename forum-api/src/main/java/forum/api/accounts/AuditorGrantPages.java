package forum.api.accounts;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.problem.ConflictException;
import forum.api.security.ForumUser;
import forum.api.web.FormProblems;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import jakarta.validation.Valid;

/** Auditors' time-limited, read-only access: granted, listed and ended early by the coordinator. */
@PageController
class AuditorGrantPages {

    private static final String PAGE = "people/auditor-grants";

    private final AuditorGrants grants;
    private final AcceptanceLinks links;
    private final SignedInMunicipality municipality;

    AuditorGrantPages(AuditorGrants grants, AcceptanceLinks links, SignedInMunicipality municipality) {
        this.grants = grants;
        this.links = links;
        this.municipality = municipality;
    }

    @GetMapping("/people/auditor-grants")
    @Allowed.Coordinators
    String grants(@AuthenticationPrincipal ForumUser user, Model model) {
        return page(user, model, new AuditorGrantForm());
    }

    @PostMapping("/people/auditor-grants")
    @Allowed.Coordinators
    String grant(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") AuditorGrantForm form,
                 BindingResult problems, Model model, RedirectAttributes next) {
        if (problems.hasErrors()) {
            return page(user, model, form);
        }
        AuditorGrantRequest request = form.request(municipality.zone());
        AuditorGrants.Issued issued;
        try {
            issued = grants.grant(Tenants.of(user), user.userId(), request);
        } catch (ConflictException taken) {
            FormProblems.reject(problems, "email", taken.code());
            return page(user, model, form);
        } catch (ErrorResponseException refused) {
            // The only value the service refuses on its own is the end of access: past, or beyond a year.
            if (refused.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
                throw refused;
            }
            problems.rejectValue("expiresAt", "people.grant.expiresAtRange");
            return page(user, model, form);
        }
        links.show(next, issued.token(), request.name(), issued.tokenExpiresAt());
        return "redirect:/people/auditor-grants";
    }

    @PostMapping("/people/auditor-grants/{invitationId}/end")
    @Allowed.Coordinators
    String end(@AuthenticationPrincipal ForumUser user, @PathVariable UUID invitationId, RedirectAttributes next) {
        grants.end(Tenants.of(user), invitationId);
        next.addFlashAttribute("notice", "people.grant.ended");
        return "redirect:/people/auditor-grants";
    }

    private String page(ForumUser user, Model model, AuditorGrantForm form) {
        model.addAttribute("grants", grants.current(Tenants.of(user)));
        model.addAttribute("form", form);
        return PAGE;
    }
}
