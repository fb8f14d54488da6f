package forum.api.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.FormProblems;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.core.network.InviteMunicipalityToNetwork;
import forum.core.network.WithdrawNetworkInvitation;
import forum.core.shared.DomainRuleViolation;
import forum.projections.municipality.MunicipalityKeys;
import forum.projections.networkstatistics.NetworkInvitations;
import forum.projections.networkstatistics.NetworkStatistics;
import jakarta.validation.Valid;

/**
 * A network's members and invitations, and the form that invites a municipality by its official key or withdraws a
 * standing invitation: the network's coordinator on its own network under /network, the operator on any network
 * under /operator. One template fragment shows both; the commands are the API's.
 */
@PageController
class NetworkInvitationPages {

    private static final String NETWORK_PAGE = "network/members";
    private static final String OPERATOR_PAGE = "operator/network-invitations";

    private final CommandGateway commands;
    private final NetworkStatistics statistics;
    private final NetworkInvitations invitations;
    private final MunicipalityKeys keys;

    NetworkInvitationPages(CommandGateway commands, NetworkStatistics statistics, NetworkInvitations invitations,
                           MunicipalityKeys keys) {
        this.commands = commands;
        this.statistics = statistics;
        this.invitations = invitations;
        this.keys = keys;
    }

    @Bean
    static NavigationEntry networkMembersNavigation() {
        return new NavigationEntry(20, "/network/members", "membership.network.nav", Set.of(Role.NETWORK_COORDINATOR));
    }

    /** An account of the role that names no network (none granted) has nothing to show here: the page says so. */
    @GetMapping("/network/members")
    @Readers.NetworkCoordinators
    String members(@AuthenticationPrincipal ForumUser user, Model model) {
        if (user.networkId() == null) {
            return "network/no-network";
        }
        return page(NETWORK_PAGE, user.networkId(), new InviteMunicipalityForm(), model);
    }

    @PostMapping("/network/invitations")
    @Allowed.NetworkInviters
    String invite(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") InviteMunicipalityForm form,
                  BindingResult problems, Model model, RedirectAttributes next) {
        UUID networkId = ownNetwork(user);
        return invite(NETWORK_PAGE, networkId, form, problems, model, next, "redirect:/network/members");
    }

    @PostMapping("/network/invitations/withdrawal")
    @Allowed.NetworkInviters
    String withdraw(@AuthenticationPrincipal ForumUser user, @RequestParam UUID municipalityId,
                    RedirectAttributes next) {
        return withdraw(ownNetwork(user), municipalityId, next, "redirect:/network/members");
    }

    @GetMapping("/operator/networks/{networkId}/invitations")
    @Allowed.NetworkInviters
    String operatorInvitations(@PathVariable UUID networkId, Model model) {
        return page(OPERATOR_PAGE, networkId, new InviteMunicipalityForm(), model);
    }

    @PostMapping("/operator/networks/{networkId}/invitations")
    @Allowed.NetworkInviters
    String operatorInvite(@PathVariable UUID networkId, @Valid @ModelAttribute("form") InviteMunicipalityForm form,
                          BindingResult problems, Model model, RedirectAttributes next) {
        return invite(OPERATOR_PAGE, networkId, form, problems, model, next, operatorPath(networkId));
    }

    @PostMapping("/operator/networks/{networkId}/invitations/withdrawal")
    @Allowed.NetworkInviters
    String operatorWithdraw(@PathVariable UUID networkId, @RequestParam UUID municipalityId,
                            RedirectAttributes next) {
        return withdraw(networkId, municipalityId, next, operatorPath(networkId));
    }

    private String invite(String view, UUID networkId, InviteMunicipalityForm form, BindingResult problems,
                          Model model, RedirectAttributes next, String done) {
        networkName(networkId);
        if (problems.hasErrors()) {
            return page(view, networkId, form, model);
        }
        Optional<MunicipalityKeys.KnownMunicipality> invited = keys.find(form.getMunicipalityKey());
        if (invited.isEmpty()) {
            problems.rejectValue("municipalityKey", "membership.invite.unknownKey");
            return page(view, networkId, form, model);
        }
        try {
            commands.sendAndWait(new InviteMunicipalityToNetwork(invited.get().tenantId(), networkId));
        } catch (DomainRuleViolation refused) {
            // The refusals name the municipality (already invited, already a member): the field that chose it.
            FormProblems.reject(problems, "municipalityKey", refused.code());
            return page(view, networkId, form, model);
        }
        next.addFlashAttribute("notice", "membership.invited");
        next.addFlashAttribute("noticeName", invited.get().name());
        return done;
    }

    private String withdraw(UUID networkId, UUID municipalityId, RedirectAttributes next, String done) {
        networkName(networkId);
        try {
            commands.sendAndWait(new WithdrawNetworkInvitation(municipalityId, networkId));
            next.addFlashAttribute("notice", "membership.withdrawn");
        } catch (DomainRuleViolation refused) {
            if (refused.kind() == DomainRuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            next.addFlashAttribute("problem", "problem." + refused.code());
        }
        return done;
    }

    private String page(String view, UUID networkId, InviteMunicipalityForm form, Model model) {
        model.addAttribute("networkId", networkId);
        model.addAttribute("networkName", networkName(networkId));
        model.addAttribute("members", statistics.members(networkId));
        model.addAttribute("invitations", invitations.sent(networkId).orElse(List.of()));
        model.addAttribute("form", form);
        model.addAttribute("operator", OPERATOR_PAGE.equals(view));
        return view;
    }

    private String networkName(UUID networkId) {
        return statistics.name(networkId).orElseThrow(QueryProblems::notFound);
    }

    private static UUID ownNetwork(ForumUser user) {
        if (user.networkId() == null) {
            throw QueryProblems.notFound();
        }
        return user.networkId();
    }

    private static String operatorPath(UUID networkId) {
        return "redirect:/operator/networks/" + networkId + "/invitations";
    }
}
