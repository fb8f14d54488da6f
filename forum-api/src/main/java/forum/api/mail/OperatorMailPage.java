package forum.api.mail;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.access.Allowed;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;

/**
 * The operator's view of the mail: per municipality, how many mails of each kind were sent, kept (no mail server
 * set up), are waiting or failed, and when. The mails themselves are the municipality's coordinator's to read
 * ("Sent mail"); the operator sees no recipient and no word of them.
 */
@PageController
class OperatorMailPage {

    private final OperatorMailSummary summary;

    OperatorMailPage(OperatorMailSummary summary) {
        this.summary = summary;
    }

    @Bean
    static NavigationEntry operatorMailNavigation() {
        return new NavigationEntry(40, "/operator/mail", "mail.operator.nav", Set.of(Role.OPERATOR));
    }

    @GetMapping("/operator/mail")
    @Allowed.Operators
    String mail(Model model) {
        model.addAttribute("lines", summary.lines());
        return "mail/operator";
    }
}
