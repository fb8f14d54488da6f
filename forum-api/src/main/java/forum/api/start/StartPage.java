package forum.api.start;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;

/**
 * The first page after sign-in. A coordinator sees what needs attention now; a licensing officer the
 * recommendations awaiting a decision and the venues with open issues; a forum member the next meeting; every
 * role what it may do here. An auditor lands on the own page of the auditor's area, a network's coordinator on the
 * network's dashboard, the operator (of no municipality) on the municipalities' register.
 */
@PageController
class StartPage {

    private final WhatNeedsAttention attention;
    private final SignedInMunicipality municipality;

    StartPage(WhatNeedsAttention attention, SignedInMunicipality municipality) {
        this.attention = attention;
        this.municipality = municipality;
    }

    @Bean
    static NavigationEntry startNavigation() {
        return new NavigationEntry(0, "/", "nav.start", Set.of(Role.values()));
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal ForumUser user, Model model) {
        if (user.has(Role.AUDITOR)) {
            return "redirect:/audit";
        }
        if (user.has(Role.NETWORK_COORDINATOR) && user.networkId() != null) {
            return "redirect:/network";
        }
        if (user.has(Role.OPERATOR)) {
            return "redirect:/operator";
        }
        if (user.tenantId() != null) {
            if (user.has(Role.COORDINATOR)) {
                model.addAttribute("attention", attention.of(user.tenantId(), municipality.zone()));
            } else if (user.has(Role.LICENSING_OFFICER)) {
                model.addAttribute("awaitingDecision", attention.awaitingDecision(user.tenantId()));
            } else if (user.has(Role.FORUM_MEMBER)) {
                model.addAttribute("memberView", true);
                model.addAttribute("nextMeeting", attention.nextMeeting(user.tenantId()));
            }
        }
        model.addAttribute("mayDo", user.roles().stream().sorted().map(role -> "start.mayDo." + role.name()).toList());
        return "start/start";
    }
}
