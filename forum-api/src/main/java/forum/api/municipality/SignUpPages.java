package forum.api.municipality;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.problem.ConflictException;
import forum.api.security.AttemptLimits;
import forum.api.security.CurrentUser;
import forum.api.security.ForumUser;
import forum.api.security.UserAccounts;
import forum.api.web.FormProblems;
import forum.api.web.PageController;
import forum.core.municipality.Country;
import forum.core.shared.DomainRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;

/**
 * Signing a municipality up, for anyone not signed in: the country first, so that the official code is asked for
 * in the country's own words, then the municipality and its coordinator's account. It sends the API's sign-up
 * ({@link SignUp}) under the API's rules and the same limits per client address; the new coordinator is then
 * signed in, in a new session, and sees the start page.
 */
@PageController
class SignUpPages {

    static final String DETAILS = "/sign-up/municipality";
    private static final String OFFICIAL_CODE = "officialCode";
    private static final String ALREADY_SIGNED_UP = "municipality.already-signed-up";

    private final SignUp signUp;
    private final UserAccounts accounts;
    private final AttemptLimits limits;
    private final SpringValidatorAdapter rules;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignUpPages(SignUp signUp, UserAccounts accounts, AttemptLimits limits, Validator validator) {
        this.signUp = signUp;
        this.accounts = accounts;
        this.limits = limits;
        this.rules = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/sign-up")
    String country(@RequestParam(required = false) String choose, Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("countries", Country.values());
        model.addAttribute("notChosen", choose != null);
        return "municipality/country";
    }

    @GetMapping(DETAILS)
    String details(@RequestParam(required = false) String country, Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        Optional<Country> chosen = Arrays.stream(Country.values()).filter(c -> c.name().equals(country)).findFirst();
        if (chosen.isEmpty()) {
            return "redirect:/sign-up?choose";
        }
        SignUpForm form = new SignUpForm();
        form.setCountry(chosen.get());
        model.addAttribute("form", form);
        return "municipality/sign-up";
    }

    @PostMapping(DETAILS)
    String signUp(@ModelAttribute("form") SignUpForm form, BindingResult problems, HttpServletRequest request,
                  HttpServletResponse response) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        if (form.getCountry() == null) {
            return "redirect:/sign-up?choose";
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = limits.reserveSignUp(address);
        if (wait.isPresent()) {
            problems.reject("signUp.tooMany", new Object[]{(wait.get().toSeconds() + 59) / 60}, null);
            return "municipality/sign-up";
        }
        boolean signedUp = false;
        // Until the form is known to be refused, a failure is the server's: the sign-up is given back uncounted.
        boolean refused = false;
        try {
            SignUpRequest sent = form.toRequest();
            check(form, sent, problems);
            refused = problems.hasErrors();
            if (refused) {
                return "municipality/sign-up";
            }
            SignUp.SignedUp done = signUp.signUp(sent);
            signedUp = true;
            signIn(done.coordinatorUsername(), request, response);
            return "redirect:/";
        } catch (DomainRuleViolation violation) {
            refused = true;
            if (violation.code().equals(ALREADY_SIGNED_UP)) {
                problems.rejectValue(OFFICIAL_CODE, "signUp.officialCode.taken." + form.getCountry());
            } else if (violation.field().filter(OFFICIAL_CODE::equals).isPresent()) {
                problems.rejectValue(OFFICIAL_CODE, "signUp.officialCode.format." + form.getCountry());
            } else {
                FormProblems.reject(problems, violation);
            }
            return "municipality/sign-up";
        } catch (ConflictException taken) {
            refused = true;
            if (taken.code().equals(ALREADY_SIGNED_UP)) {
                problems.rejectValue(OFFICIAL_CODE, "signUp.officialCode.taken." + form.getCountry());
            } else {
                problems.rejectValue("coordinatorEmail", "signUp.coordinatorEmail.taken");
            }
            return "municipality/sign-up";
        } finally {
            // Counted as the API counts its sign-ups: a refused form as a refused request.
            if (refused) {
                limits.signUpRefused(address);
            } else if (!signedUp) {
                limits.signUpFailed(address);
            }
        }
    }

    /** The API's rules on the request, the country's format of the official code, and the password said twice. */
    private void check(SignUpForm form, SignUpRequest sent, BindingResult problems) {
        BindingResult apiRules = new BeanPropertyBindingResult(form, problems.getObjectName());
        rules.validate(sent, apiRules);
        // The country's format says all the API's rules on the code do (not blank, short), in the country's words.
        apiRules.getAllErrors().stream()
                .filter(error -> !(error instanceof FieldError field && field.getField().equals(OFFICIAL_CODE)))
                .forEach(problems::addError);
        if (!form.getCountry().isOfficialCode(sent.officialCode())) {
            problems.rejectValue(OFFICIAL_CODE, "signUp.officialCode.format." + form.getCountry());
        }
        if (!problems.hasFieldErrors("coordinatorPassword") && sent.coordinatorPassword() != null
                && !sent.coordinatorPassword().equals(form.getCoordinatorPasswordRepeat())) {
            problems.rejectValue("coordinatorPasswordRepeat", "signUp.coordinatorPasswordRepeat.differs");
        }
    }

    /** The new coordinator, signed in as the sign-in form would: in a new session, against session fixation. */
    private void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        ForumUser coordinator = accounts.find(username).orElseThrow();
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(coordinator, null,
                coordinator.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
