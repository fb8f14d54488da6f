package forum.api.mail;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import jakarta.validation.Valid;

/**
 * The mail pages: the municipality's sent (or, without SMTP, kept) mails and its sender settings for the
 * coordinator; "my mail settings" (the optional mails turned off) for every person who receives mail.
 */
@PageController
class MailPages {

    static final String SENT = "/mail/sent";
    static final String SENDER = "/mail/sender";
    static final String PREFERENCES = "/mail/preferences";

    private final MailSenderSettings sender;
    private final MailPreferences preferences;
    private final SentMail sent;

    MailPages(MailSenderSettings sender, MailPreferences preferences, SentMail sent) {
        this.sender = sender;
        this.preferences = preferences;
        this.sent = sent;
    }

    @Bean
    static NavigationEntry sentMailNavigation() {
        return new NavigationEntry(86, SENT, "mail.sent.nav", Set.of(Role.COORDINATOR));
    }

    @Bean
    static NavigationEntry mailPreferencesNavigation() {
        return new NavigationEntry(95, PREFERENCES, "mail.preferences.nav",
                Set.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER));
    }

    @GetMapping(SENT)
    @Allowed.Coordinators
    String sent(@AuthenticationPrincipal ForumUser user, Model model) {
        model.addAttribute("mails", sent.latest(Tenants.of(user), MailController.LATEST));
        return "outbox/sent";
    }

    @GetMapping(SENDER)
    @Allowed.Coordinators
    String sender(@AuthenticationPrincipal ForumUser user, Model model) {
        model.addAttribute("form", SenderForm.of(sender.of(Tenants.of(user))));
        return "outbox/sender";
    }

    @PostMapping(SENDER)
    @Allowed.Coordinators
    String changeSender(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") SenderForm form,
                        BindingResult problems, RedirectAttributes next) {
        if (problems.hasErrors()) {
            return "outbox/sender";
        }
        sender.change(Tenants.of(user), form.getSenderName(), form.getReplyTo(), user.userId());
        next.addFlashAttribute("notice", "mail.sender.changed");
        return "redirect:" + SENDER;
    }

    @GetMapping(PREFERENCES)
    @Allowed.IssueReporters
    String preferences(@AuthenticationPrincipal ForumUser user, Model model) {
        return preferencesPage(model, PreferencesForm.of(preferences.turnedOff(Tenants.of(user), user.username())));
    }

    @PostMapping(PREFERENCES)
    @Allowed.IssueReporters
    String changePreferences(@AuthenticationPrincipal ForumUser user, @ModelAttribute("form") PreferencesForm form,
                             BindingResult problems, Model model, RedirectAttributes next) {
        Set<MailKind> off;
        try {
            off = MailPreferences.kinds(new HashSet<>(form.getTurnedOff()));
        } catch (ErrorResponseException notOptional) {
            problems.rejectValue("turnedOff", "mail.preferences.notOptional");
            return preferencesPage(model, form);
        }
        preferences.change(Tenants.of(user), user.username(), off);
        next.addFlashAttribute("notice", "mail.preferences.changed");
        return "redirect:" + PREFERENCES;
    }

    private String preferencesPage(Model model, PreferencesForm form) {
        model.addAttribute("optional", MailPreferences.optional().stream().map(MailKind::key).toList());
        model.addAttribute("form", form);
        return "outbox/preferences";
    }
}
