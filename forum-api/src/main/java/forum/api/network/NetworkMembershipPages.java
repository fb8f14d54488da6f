package forum.api.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.core.network.DeclineNetworkInvitation;
import forum.core.network.JoinNetwork;
import forum.core.network.LeaveNetwork;
import forum.core.shared.DomainRuleViolation;
import forum.projections.networkstatistics.MunicipalityComparison;
import forum.projections.networkstatistics.NetworkInvitation;
import forum.projections.networkstatistics.NetworkInvitations;
import forum.projections.networkstatistics.NetworkMembership;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.networkstatistics.Quarter;

/**
 * The municipality's networks: the memberships every reader of the municipality sees, and the coordinator's
 * invitations to join (on consent to what joining shares), declining and leaving, with the commands the API sends;
 * and the municipality's figures of a quarter beside its network's medians.
 */
@PageController
class NetworkMembershipPages {

    private static final String NETWORKS = "redirect:/municipality/networks";
    /** The quarters the comparison offers to choose from, the current one first. */
    private static final int QUARTERS_OFFERED = 8;

    private final CommandGateway commands;
    private final NetworkStatistics statistics;
    private final NetworkInvitations invitations;
    private final Clock clock;

    NetworkMembershipPages(CommandGateway commands, NetworkStatistics statistics, NetworkInvitations invitations,
                           Clock clock) {
        this.commands = commands;
        this.statistics = statistics;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Bean
    static NavigationEntry networkMembershipNavigation() {
        return new NavigationEntry(70, "/municipality/networks", "membership.nav", Set.of(Role.COORDINATOR));
    }

    @GetMapping("/municipality/networks")
    @Readers.Municipality
    String networks(@AuthenticationPrincipal ForumUser user, Model model) {
        boolean coordinator = user.has(Role.COORDINATOR);
        List<NetworkMembership> memberships = statistics.memberships(Tenants.of(user));
        model.addAttribute("memberships", memberships);
        model.addAttribute("mayChange", coordinator);
        model.addAttribute("invitations", coordinator
                ? invitations.received(Tenants.of(user)).stream().filter(NetworkInvitation::standing).toList()
                : List.of());
        model.addAttribute("quarter", Quarter.of(clock.instant()).toString());
        return "municipality/networks";
    }

    @PostMapping("/municipality/networks/{networkId}/membership")
    @Allowed.Coordinators
    String join(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId, RedirectAttributes next) {
        return afterChange(() -> commands.sendAndWait(new JoinNetwork(Tenants.of(user), networkId)),
                "membership.joined", networkId, next);
    }

    @PostMapping("/municipality/networks/{networkId}/declination")
    @Allowed.Coordinators
    String decline(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId, RedirectAttributes next) {
        return afterChange(() -> commands.sendAndWait(new DeclineNetworkInvitation(Tenants.of(user), networkId)),
                "membership.declined", networkId, next);
    }

    /** Leaving is asked once more on a page of its own, which works without script and by keyboard. */
    @GetMapping("/municipality/networks/{networkId}/leaving")
    @Allowed.Coordinators
    String confirmLeaving(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId, Model model) {
        model.addAttribute("membership", currentMembership(user, networkId).orElseThrow(QueryProblems::notFound));
        return "municipality/network-leave";
    }

    @PostMapping("/municipality/networks/{networkId}/leaving")
    @Allowed.Coordinators
    String leave(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId, RedirectAttributes next) {
        return afterChange(() -> commands.sendAndWait(new LeaveNetwork(Tenants.of(user), networkId)),
                "membership.left", networkId, next);
    }

    @GetMapping("/municipality/networks/{networkId}/comparison")
    @Allowed.Coordinators
    String comparison(@AuthenticationPrincipal ForumUser user, @PathVariable UUID networkId,
                      @RequestParam(required = false) String quarter, Model model) {
        Quarter current = Quarter.of(clock.instant());
        Quarter asked = current;
        boolean unreadable = false;
        if (quarter != null && !quarter.isBlank()) {
            try {
                asked = Quarter.parse(quarter);
            } catch (IllegalArgumentException malformed) {
                unreadable = true;
            }
        }
        boolean everMember = statistics.memberships(Tenants.of(user)).stream()
                .anyMatch(membership -> membership.networkId().equals(networkId));
        if (!everMember) {
            throw QueryProblems.notFound();
        }
        model.addAttribute("networkId", networkId);
        model.addAttribute("networkName", statistics.name(networkId).orElseThrow(QueryProblems::notFound));
        model.addAttribute("asked", asked.toString());
        model.addAttribute("askedText", unreadable ? quarter : asked.toString());
        model.addAttribute("unreadable", unreadable);
        model.addAttribute("quarters", quarters(current, asked));
        Optional<MunicipalityComparison> comparison = statistics.compare(Tenants.of(user), networkId, asked);
        model.addAttribute("comparison", comparison.orElse(null));
        model.addAttribute("groups", comparison.map(ComparisonRows::of).orElse(List.of()));
        return "municipality/network-comparison";
    }

    private static List<String> quarters(Quarter current, Quarter asked) {
        List<String> offered = new ArrayList<>();
        Quarter quarter = current;
        for (int i = 0; i < QUARTERS_OFFERED; i++, quarter = quarter.previous()) {
            offered.add(quarter.toString());
        }
        if (!offered.contains(asked.toString())) {
            offered.add(asked.toString());
        }
        return offered;
    }

    private Optional<NetworkMembership> currentMembership(ForumUser user, UUID networkId) {
        return statistics.memberships(Tenants.of(user)).stream()
                .filter(membership -> membership.networkId().equals(networkId) && membership.leftAt() == null)
                .findFirst();
    }

    /** A refusal (the invitation withdrawn meanwhile, say) is said on the networks page, as the change would be. */
    private String afterChange(Runnable command, String notice, UUID networkId, RedirectAttributes next) {
        try {
            command.run();
            next.addFlashAttribute("notice", notice);
            next.addFlashAttribute("noticeName", statistics.name(networkId).orElse(""));
        } catch (DomainRuleViolation refused) {
            if (refused.kind() == DomainRuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            next.addFlashAttribute("problem", "problem." + refused.code());
        }
        return NETWORKS;
    }
}
