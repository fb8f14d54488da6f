package forum.api.forum;

import java.util.Comparator;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.FormCommands;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.core.forum.AddForumMember;
import forum.core.forum.AppointCoordinator;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.forum.RemoveForumMember;
import forum.core.municipality.Country;
import forum.core.shared.DomainRuleViolation;
import forum.projections.forum.ForumDetail;
import forum.projections.forum.ForumMember;
import forum.projections.forum.Forums;
import jakarta.validation.Valid;

/**
 * The municipality's forums and their members: every reader of the municipality sees them, the coordinator
 * establishes forums, adds and removes members and appoints a forum's coordinator, with the commands the API sends.
 */
@PageController
class ForumPages {

    private static final String FORUM_PAGE = "forum/forum";
    private static final String ESTABLISH_PAGE = "forum/establish";

    private final CommandGateway commands;
    private final FormCommands forms;
    private final Forums forums;
    private final SignedInMunicipality municipality;

    ForumPages(CommandGateway commands, FormCommands forms, Forums forums, SignedInMunicipality municipality) {
        this.commands = commands;
        this.forms = forms;
        this.forums = forums;
        this.municipality = municipality;
    }

    @Bean
    static NavigationEntry forumsNavigation() {
        return new NavigationEntry(10, "/forums", "forum.nav",
                Set.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR));
    }

    @GetMapping("/forums")
    @Readers.Municipality
    String list(@AuthenticationPrincipal ForumUser user, Model model) {
        model.addAttribute("forums", forums.list(Tenants.of(user)));
        model.addAttribute("mayChange", user.has(Role.COORDINATOR));
        return "forum/forums";
    }

    @GetMapping("/forums/new")
    @Allowed.Coordinators
    String establishForm(Model model) {
        EstablishForumForm form = new EstablishForumForm();
        form.setMethod(municipality.country().map(ForumPages::usualMethod).orElse(null));
        return establishPage(model, form);
    }

    @PostMapping("/forums")
    @Allowed.Coordinators
    String establish(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") EstablishForumForm form,
                     BindingResult problems, Model model) {
        if (problems.hasErrors()) {
            return establishPage(model, form);
        }
        UUID forumId = UUID.randomUUID();
        if (!forms.sent(new EstablishForum(Tenants.of(user), forumId, form.getName().trim(), form.getMethod(),
                form.getMeetingsPerYear()), problems)) {
            return establishPage(model, form);
        }
        return "redirect:/forums/" + forumId;
    }

    @GetMapping("/forums/{forumId}")
    @Readers.Municipality
    String forum(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId, Model model) {
        return forumPage(user, forumId, model, new AddMemberForm());
    }

    @PostMapping("/forums/{forumId}/members")
    @Allowed.Coordinators
    String addMember(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                     @Valid @ModelAttribute("form") AddMemberForm form, BindingResult problems, Model model,
                     RedirectAttributes next) {
        if (problems.hasErrors()) {
            return forumPage(user, forumId, model, form);
        }
        if (!forms.sent(new AddForumMember(Tenants.of(user), forumId, UUID.randomUUID(), form.getPersonName().trim(),
                form.emailOrNull(), form.getOrganisation().trim(), form.getRole()), problems)) {
            return forumPage(user, forumId, model, form);
        }
        next.addFlashAttribute("notice", "forum.member.added");
        next.addFlashAttribute("noticeName", form.getPersonName().trim());
        return "redirect:/forums/" + forumId;
    }

    /** Removing someone is asked once more on a page of its own, which works without script and by keyboard. */
    @GetMapping("/forums/{forumId}/members/{memberId}/removal")
    @Allowed.Coordinators
    String confirmRemoval(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                          @PathVariable UUID memberId, Model model) {
        model.addAttribute("forum", detail(user, forumId));
        model.addAttribute("member", member(user, forumId, memberId));
        return "forum/remove-member";
    }

    @PostMapping("/forums/{forumId}/members/{memberId}/removal")
    @Allowed.Coordinators
    String removeMember(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                        @PathVariable UUID memberId, RedirectAttributes next) {
        String name = member(user, forumId, memberId).personName();
        return afterChange(() -> commands.sendAndWait(new RemoveForumMember(Tenants.of(user), forumId, memberId)),
                forumId, "forum.member.removed", name, next);
    }

    @PostMapping("/forums/{forumId}/members/{memberId}/appointment")
    @Allowed.Coordinators
    String appointCoordinator(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                              @PathVariable UUID memberId, RedirectAttributes next) {
        String name = member(user, forumId, memberId).personName();
        return afterChange(() -> commands.sendAndWait(new AppointCoordinator(Tenants.of(user), forumId, memberId)),
                forumId, "forum.member.appointed", name, next);
    }

    /** A refusal of a button's command (someone else changed the forum meanwhile) is said on the forum's page. */
    private static String afterChange(Runnable command, UUID forumId, String notice, String name,
                                      RedirectAttributes next) {
        try {
            command.run();
            next.addFlashAttribute("notice", notice);
            next.addFlashAttribute("noticeName", name);
        } catch (DomainRuleViolation refused) {
            if (refused.kind() == DomainRuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            next.addFlashAttribute("problem", "problem." + refused.code());
        }
        return "redirect:/forums/" + forumId;
    }

    private ForumMember member(ForumUser user, UUID forumId, UUID memberId) {
        return detail(user, forumId).members().stream().filter(member -> member.memberId().equals(memberId))
                .findFirst().orElseThrow(QueryProblems::notFound);
    }

    private ForumDetail detail(ForumUser user, UUID forumId) {
        return forums.detail(Tenants.of(user), forumId).orElseThrow(QueryProblems::notFound);
    }

    private String forumPage(ForumUser user, UUID forumId, Model model, AddMemberForm form) {
        ForumDetail forum = detail(user, forumId);
        model.addAttribute("forum", forum);
        model.addAttribute("members", byRole(forum.members()));
        model.addAttribute("mayChange", user.has(Role.COORDINATOR));
        model.addAttribute("form", form);
        model.addAttribute("memberRoles", MemberRole.values());
        return FORUM_PAGE;
    }

    private static String establishPage(Model model, EstablishForumForm form) {
        model.addAttribute("form", form);
        model.addAttribute("methods", ForumMethod.values());
        return ESTABLISH_PAGE;
    }

    /** The programme a municipality of the country most often follows: the form's first choice. */
    static ForumMethod usualMethod(Country country) {
        return switch (country) {
            case DK -> ForumMethod.RESPONSIBLE_SERVING;
            case SE -> ForumMethod.KROGAR_MOT_KNARK;
            case NO -> ForumMethod.ACTION_PLAN_GROUP;
        };
    }

    /** The members in the order of the roles (police, licensing, SSP, ...), by name within a role. */
    static List<ForumMember> byRole(List<ForumMember> members) {
        return members.stream().sorted(Comparator.comparing(ForumMember::role)
                .thenComparing(member -> member.personName().toLowerCase())).toList();
    }
}
