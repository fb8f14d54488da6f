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
import forum.api.problem.ConflictException;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.FormProblems;
import forum.api.web.PageController;
import forum.projections.operator.OperatedNetwork;
import forum.projections.operator.OperatorRegister;
import jakarta.validation.Valid;

/**
 * A network as the operator runs it: its member municipalities, current and past, and its coordinators'
 * invitations. The operator grants a coordinator as the API does (NetworkCoordinatorController); the acceptance link
 * is shown once, to the operator, who passes it on.
 */
@PageController
class NetworkCoordinatorPages {

    private static final String PAGE = "network/network";

    private final Invitations invitations;
    private final KnownNetworks networks;
    private final OperatorRegister register;
    private final AcceptanceLinks links;

    NetworkCoordinatorPages(Invitations invitations, KnownNetworks networks, OperatorRegister register,
                            AcceptanceLinks links) {
        this.invitations = invitations;
        this.networks = networks;
        this.register = register;
        this.links = links;
    }

    @GetMapping("/operator/networks/{networkId}")
    @Allowed.Operators
    String network(@PathVariable UUID networkId, Model model) {
        return page(networkId, model, new NetworkCoordinatorForm());
    }

    @PostMapping("/operator/networks/{networkId}/coordinators")
    @Allowed.Operators
    String grant(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId,
                 @Valid @ModelAttribute("form") NetworkCoordinatorForm form, BindingResult problems, Model model,
                 RedirectAttributes next) {
        if (!networks.exists(networkId)) {
            throw QueryProblems.notFound();
        }
        if (problems.hasErrors()) {
            return page(networkId, model, form);
        }
        Invitations.Issued issued;
        try {
            issued = invitations.issue(new Invitations.Draft(null, networkId, form.getEmail().trim(),
                    form.getName().trim(), Role.NETWORK_COORDINATOR, null, user.userId()));
        } catch (ConflictException taken) {
            FormProblems.reject(problems, "email", taken.code());
            return page(networkId, model, form);
        }
        links.show(next, issued.token(), form.getName().trim(), issued.expiresAt());
        return "redirect:/operator/networks/" + networkId;
    }

    private String page(UUID networkId, Model model, NetworkCoordinatorForm form) {
        OperatedNetwork network = register.network(networkId).orElseThrow(QueryProblems::notFound);
        model.addAttribute("network", network);
        model.addAttribute("coordinators", invitations.ofNetwork(networkId));
        model.addAttribute("form", form);
        return PAGE;
    }
}
