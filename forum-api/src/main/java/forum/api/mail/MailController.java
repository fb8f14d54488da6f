package forum.api.mail;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Mail in the API: the municipality's sender name and reply-to and its mails (coordinator), and the optional mails a
 * signed-in person turned off.
 */
@RestController
@RequestMapping("/api/v1/mail")
class MailController {

    static final int LATEST = 200;

    /** How the municipality's mails are signed; replyTo empty or null for none. */
    record SenderRequest(@NotBlank @Size(max = 200) String senderName, @Email @Size(max = 320) String replyTo) {
    }

    /** The optional kinds turned off (minutes-approved, ...); the others are on. */
    record PreferencesRequest(@NotNull Set<String> turnedOff) {
    }

    /** The optional kinds and those of them turned off. */
    record Preferences(List<String> optional, List<String> turnedOff) {
    }

    private final MailSenderSettings sender;
    private final MailPreferences preferences;
    private final SentMail sent;

    MailController(MailSenderSettings sender, MailPreferences preferences, SentMail sent) {
        this.sender = sender;
        this.preferences = preferences;
        this.sent = sent;
    }

    @GetMapping("/sender")
    @Allowed.Coordinators
    public MailSenderSettings.Sender sender(@AuthenticationPrincipal ForumUser user) {
        return sender.of(Tenants.of(user));
    }

    @PutMapping("/sender")
    @Allowed.Coordinators
    public MailSenderSettings.Sender changeSender(@AuthenticationPrincipal ForumUser user,
                                                  @Valid @RequestBody SenderRequest request) {
        return sender.change(Tenants.of(user), request.senderName(), request.replyTo(), user.userId());
    }

    /** The municipality's latest mails, newest first, each with its words as its recipient reads them. */
    @GetMapping("/sent")
    @Allowed.Coordinators
    public List<SentMail.Mail> sent(@AuthenticationPrincipal ForumUser user) {
        return sent.latest(Tenants.of(user), LATEST);
    }

    @GetMapping("/preferences")
    @Allowed.IssueReporters
    public Preferences preferences(@AuthenticationPrincipal ForumUser user) {
        return answer(preferences.turnedOff(Tenants.of(user), user.username()));
    }

    /** Unknown or not optional kinds: 400 (mail.not-optional). */
    @PutMapping("/preferences")
    @Allowed.IssueReporters
    public Preferences changePreferences(@AuthenticationPrincipal ForumUser user,
                                         @Valid @RequestBody PreferencesRequest request) {
        Set<MailKind> off = MailPreferences.kinds(request.turnedOff());
        return answer(preferences.change(Tenants.of(user), user.username(), off));
    }

    private static Preferences answer(Set<MailKind> off) {
        return new Preferences(MailPreferences.optional().stream().map(MailKind::key).toList(),
                off.stream().map(MailKind::key).toList());
    }
}
