package forum.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where Spring Security forwards a refused page request: the role may not use the page, or a form came without
 * its valid token (most often a form left open past the end of its session), which is said as such.
 */
@PageController
class RefusalPage {

    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(HttpServletRequest request, Model model) {
        boolean formExpired = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        model.addAttribute("reason", formExpired ? "forbidden.formExpired" : "forbidden.role");
        return "error/403";
    }
}
