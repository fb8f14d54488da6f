package forum.api.accounts;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import forum.api.problem.ConflictException;
import forum.api.security.AttemptLimits;
import forum.api.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

/**
 * The link of an invitation: the invitee sets a password and the account exists. The token in the link is the
 * credential, so the page is open to anyone, is counted like the API's acceptance (unknown tokens per client
 * address), and says plainly when the link is unknown, expired, revoked or used already.
 */
@PageController
class InvitationPages {

    static final String PATH = "/invitation";
    private static final String FORM = "accounts/invitation";

    private final Invitations invitations;
    private final AttemptLimits limits;
    private final SpringValidatorAdapter rules;

    InvitationPages(Invitations invitations, AttemptLimits limits, Validator validator) {
        this.invitations = invitations;
        this.limits = limits;
        this.rules = new SpringValidatorAdapter(validator);
    }

    @GetMapping(PATH)
    String open(@ModelAttribute("form") AcceptanceForm form, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        keepTokenPrivate(response);
        Optional<Invitations.Invitee> invitee = usable(form.getToken(), request, response, model);
        if (invitee.isEmpty()) {
            return "accounts/invitation-unusable";
        }
        model.addAttribute("invitee", invitee.get());
        return FORM;
    }

    @PostMapping(PATH)
    String accept(@ModelAttribute("form") AcceptanceForm form, BindingResult problems, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes next) {
        keepTokenPrivate(response);
        Optional<Invitations.Invitee> invitee = usable(form.getToken(), request, response, model);
        if (invitee.isEmpty()) {
            return "accounts/invitation-unusable";
        }
        model.addAttribute("invitee", invitee.get());
        rules.validate(form.toRequest(), problems);
        if (!problems.hasFieldErrors("password") && !form.getPassword().equals(form.getPasswordRepeat())) {
            problems.rejectValue("passwordRepeat", "invitation.passwordRepeat.differs");
        }
        if (problems.hasErrors()) {
            return FORM;
        }
        try {
            Invitations.Accepted accepted = invitations.accept(form.getToken(), form.getPassword());
            next.addFlashAttribute("username", accepted.username());
            return "redirect:" + PATH + "/accepted";
        } catch (ConflictException taken) {
            problems.reject("invitation.emailTaken");
            return FORM;
        } catch (ErrorResponseException gone) {
            // Accepted, revoked or expired since the page was opened: say which, as on opening it.
            return usable(form.getToken(), request, response, model).isEmpty() ? "accounts/invitation-unusable" : FORM;
        }
    }

    @GetMapping(PATH + "/accepted")
    String accepted() {
        return "accounts/invitation-accepted";
    }

    /**
     * The invitation if it can be accepted; else empty, with the reason in the model and the status set. A token
     * never given out counts against the client address, as at the API.
     */
    private Optional<Invitations.Invitee> usable(String token, HttpServletRequest request,
                                                 HttpServletResponse response, Model model) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = limits.acceptanceBlocked(address);
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
            model.addAttribute("reason", "invitation.unusable.tooMany");
            model.addAttribute("minutes", (wait.get().toSeconds() + 59) / 60);
            return Optional.empty();
        }
        Optional<Invitations.Invitee> invitee = token == null || token.isBlank() || token.length() > 100
                ? Optional.empty() : invitations.invitee(token);
        if (invitee.isEmpty()) {
            if (token != null && !token.isBlank()) {
                limits.acceptanceFailed(address);
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("reason", "invitation.unusable.unknown");
            return Optional.empty();
        }
        if (invitee.get().standing() != Invitations.Standing.OPEN) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", "invitation.unusable." + invitee.get().standing());
            return Optional.empty();
        }
        return invitee;
    }

    /** The token is in the address: no cache keeps the page, and no other site learns it from a link. */
    private static void keepTokenPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
