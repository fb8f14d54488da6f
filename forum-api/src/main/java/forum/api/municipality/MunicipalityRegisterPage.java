package forum.api.municipality;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import forum.api.access.Allowed;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.projections.operator.OperatorRegister;

/**
 * The operator's landing page: every municipality that signed up, when, whether it is active and when it was last
 * active. Active means someone worked in it lately: an event of the municipality within {@link #ACTIVE_WITHIN}
 * (the event ledger's time of its latest event). No coordinator, no person, no contact.
 */
@PageController
class MunicipalityRegisterPage {

    static final Duration ACTIVE_WITHIN = Duration.ofDays(90);

    private final OperatorRegister register;
    private final Clock clock;

    MunicipalityRegisterPage(OperatorRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Bean
    static NavigationEntry operatorMunicipalitiesNavigation() {
        return new NavigationEntry(10, "/operator", "operator.municipalities.nav", Set.of(Role.OPERATOR));
    }

    @GetMapping("/operator")
    @Allowed.Operators
    String municipalities(Model model) {
        model.addAttribute("municipalities", register.municipalities());
        model.addAttribute("activeSince", clock.instant().minus(ACTIVE_WITHIN));
        model.addAttribute("activeDays", ACTIVE_WITHIN.toDays());
        return "municipality/register";
    }
}
