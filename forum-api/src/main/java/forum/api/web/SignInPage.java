package forum.api.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in form. Spring Security checks the POST to the same path; a failure comes back here with
 * {@code ?error}, and the failure kept in the session tells a wrong password from a service that cannot check it.
 * Where OpenID providers are configured, it offers signing in through each of them too ({@code ?refused} when the
 * provider's sign-in names no Forum user).
 */
@PageController
class SignInPage {

    /** An OpenID provider the pages may sign in through: its name as configured, and where its sign-in starts. */
    record Provider(String name, String path) {
    }

    private final List<Provider> providers = new ArrayList<>();

    SignInPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            for (Object registration : configured) {
                ClientRegistration provider = (ClientRegistration) registration;
                providers.add(new Provider(provider.getClientName(),
                        "/oauth2/authorization/" + provider.getRegistrationId()));
            }
        }
    }

    @GetMapping("/login")
    String signIn(HttpSession session, Model model, HttpServletRequest request) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        String blocked = request.getParameter("blocked");
        if (blocked != null && blocked.matches("\\d{1,4}")) {
            model.addAttribute("problem", "signIn.blocked");
            model.addAttribute("minutes", Integer.parseInt(blocked));
        } else if (request.getParameter("error") != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("problem", failure instanceof AuthenticationServiceException
                    ? "signIn.unavailable" : "signIn.failed");
        } else if (request.getParameter("refused") != null) {
            model.addAttribute("problem", "signIn.providerRefused");
        } else if (request.getParameter("provider-failed") != null) {
            model.addAttribute("problem", "signIn.providerFailed");
        } else if (request.getParameter("signed-out") != null) {
            model.addAttribute("notice", "signIn.signedOut");
        }
        model.addAttribute("providers", providers);
        return "web/sign-in";
    }
}
