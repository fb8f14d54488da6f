package forum.api.accounts;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.AttemptLimits;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

/**
 * A forgotten password: the coordinator makes a link for an account of the municipality and passes it on; the
 * person opens it, open to anyone since the token is the credential, and chooses a new password under the rule of
 * an invitee's. Unknown tokens count against the client address with unknown invitation tokens.
 */
@PageController
class PasswordResetPages {

    static final String COORDINATORS = "/password-resets";
    static final String LINK = "/password-reset";
    private static final String FORM = "accounts/password-reset";
    private static final String UNUSABLE = "accounts/password-reset-unusable";

    private final PasswordResets resets;
    private final AttemptLimits limits;
    private final SpringValidatorAdapter rules;

    PasswordResetPages(PasswordResets resets, AttemptLimits limits, Validator validator) {
        this.resets = resets;
        this.limits = limits;
        this.rules = new SpringValidatorAdapter(validator);
    }

    @Bean
    static NavigationEntry passwordResetNavigation() {
        return new NavigationEntry(80, COORDINATORS, "passwordReset.nav", Set.of(Role.COORDINATOR));
    }

    @GetMapping(COORDINATORS)
    @Allowed.Coordinators
    String newLink(@ModelAttribute("form") PasswordResetForm form, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "accounts/password-resets";
    }

    @PostMapping(COORDINATORS)
    @Allowed.Coordinators
    String makeLink(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") PasswordResetForm form,
                    BindingResult problems, RedirectAttributes next) {
        if (problems.hasErrors()) {
            return "accounts/password-resets";
        }
        Optional<PasswordResets.Issued> issued = resets.issue(Tenants.of(user), form.getEmail(), user.userId());
        if (issued.isEmpty()) {
            problems.rejectValue("email", "passwordReset.noSuchAccount");
            return "accounts/password-resets";
        }
        next.addFlashAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath().path(LINK)
                .queryParam("token", issued.get().token()).build().toUriString());
        next.addFlashAttribute("linkFor", form.getEmail().trim());
        next.addFlashAttribute("linkExpiresAt", issued.get().expiresAt());
        return "redirect:" + COORDINATORS;
    }

    @GetMapping(LINK)
    String open(@ModelAttribute("form") AcceptanceForm form, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        keepTokenPrivate(response);
        return usable(form.getToken(), request, response, model) ? FORM : UNUSABLE;
    }

    @PostMapping(LINK)
    String choosePassword(@ModelAttribute("form") AcceptanceForm form, BindingResult problems,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        keepTokenPrivate(response);
        if (!usable(form.getToken(), request, response, model)) {
            return UNUSABLE;
        }
        // The rule of an invitee's password, the API's.
        rules.validate(form.toRequest(), problems);
        if (!problems.hasFieldErrors("password") && !form.getPassword().equals(form.getPasswordRepeat())) {
            problems.rejectValue("passwordRepeat", "invitation.passwordRepeat.differs");
        }
        if (problems.hasErrors()) {
            return FORM;
        }
        if (!resets.choosePassword(form.getToken(), form.getPassword())) {
            // Used or expired since the page was opened: say which.
            usable(form.getToken(), request, response, model);
            return UNUSABLE;
        }
        return "redirect:" + LINK + "/done";
    }

    @GetMapping(LINK + "/done")
    String done() {
        return "accounts/password-reset-done";
    }

    /** Whether the link can be used; if not, the reason is in the model and the status set. */
    private boolean usable(String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = limits.acceptanceBlocked(address);
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
            model.addAttribute("reason", "passwordReset.unusable.tooMany");
            model.addAttribute("minutes", (wait.get().toSeconds() + 59) / 60);
            return false;
        }
        Optional<PasswordResets.Standing> standing = token == null || token.isBlank() || token.length() > 100
                ? Optional.empty() : resets.standing(token);
        if (standing.isEmpty()) {
            if (token != null && !token.isBlank()) {
                limits.acceptanceFailed(address);
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("reason", "passwordReset.unusable.unknown");
            return false;
        }
        if (standing.get() != PasswordResets.Standing.OPEN) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", "passwordReset.unusable." + standing.get());
            return false;
        }
        return true;
    }

    private static void keepTokenPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
