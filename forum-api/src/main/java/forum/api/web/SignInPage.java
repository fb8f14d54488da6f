package forum.api.web;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in form. Spring Security checks the POST to the same path; a failure comes back here with
 * {@code ?error}, and the failure kept in the session tells a wrong password from a service that cannot check it.
 */
@PageController
class SignInPage {

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
        } else if (request.getParameter("signed-out") != null) {
            model.addAttribute("notice", "signIn.signedOut");
        }
        return "web/sign-in";
    }
}
