package forum.api.accounts;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
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
import forum.api.security.Role;
import forum.api.web.FormProblems;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import jakarta.validation.Valid;

/**
 * Who has access to the municipality: the coordinator invites people with a role and sees the open invitations.
 * The acceptance link is shown once, to the coordinator, who passes it on (Forum sends no mail yet).
 */
@PageController
class PeoplePages {

    private static final String PAGE = "people/invitations";

    private final Invitations invitations;
    private final AcceptanceLinks links;

    PeoplePages(Invitations invitations, AcceptanceLinks links) {
        this.invitations = invitations;
        this.links = links;
    }

    @Bean
    static NavigationEntry peopleNavigation() {
        return new NavigationEntry(80, "/people", "people.nav", Set.of(Role.COORDINATOR));
    }

    @GetMapping("/people")
    @Allowed.Coordinators
    String invitations(@AuthenticationPrincipal ForumUser user, Model model) {
        return page(user, model, new InvitationForm());
    }

    @PostMapping("/people/invitations")
    @Allowed.Coordinators
    String invite(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") InvitationForm form,
                  BindingResult problems, Model model, RedirectAttributes next) {
        if (!problems.hasErrors() && !Invitations.MEMBER_ROLES.contains(form.getRole())) {
            problems.rejectValue("role", "people.invite.roleNotInvited");
        }
        if (problems.hasErrors()) {
            return page(user, model, form);
        }
        InvitationRequest request = form.request();
        Invitations.Issued issued;
        try {
            issued = invitations.issue(new Invitations.Draft(Tenants.of(user), null, request.email(), request.name(),
                    request.role(), null, user.userId()));
        } catch (ConflictException taken) {
            FormProblems.reject(problems, "email", taken.code());
            return page(user, model, form);
        }
        links.show(next, issued.token(), request.name(), issued.expiresAt());
        return "redirect:/people";
    }

    @PostMapping("/people/invitations/{invitationId}/revocation")
    @Allowed.Coordinators
    String revoke(@AuthenticationPrincipal ForumUser user, @PathVariable UUID invitationId, RedirectAttributes next) {
        try {
            invitations.revoke(Tenants.of(user), invitationId);
            next.addFlashAttribute("notice", "people.invitation.revoked");
        } catch (ConflictException accepted) {
            next.addFlashAttribute("problem", "problem." + accepted.code());
        }
        return "redirect:/people";
    }

    private String page(ForumUser user, Model model, InvitationForm form) {
        model.addAttribute("pending", invitations.pending(Tenants.of(user)));
        model.addAttribute("form", form);
        model.addAttribute("roles", Invitations.MEMBER_ROLES);
        return PAGE;
    }
}
