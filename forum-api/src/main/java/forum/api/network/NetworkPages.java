package forum.api.network;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import forum.api.access.Allowed;
import forum.api.security.Role;
import forum.api.web.FormCommands;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.core.municipality.Country;
import forum.core.network.CreateNetwork;
import forum.projections.operator.OperatorRegister;
import jakarta.validation.Valid;

/** The national networks as the operator runs them: each with its country and members; creating one. */
@PageController
class NetworkPages {

    private static final String PAGE = "network/networks";

    private final FormCommands forms;
    private final OperatorRegister register;

    NetworkPages(FormCommands forms, OperatorRegister register) {
        this.forms = forms;
        this.register = register;
    }

    @Bean
    static NavigationEntry operatorNetworksNavigation() {
        return new NavigationEntry(20, "/operator/networks", "operator.networks.nav", Set.of(Role.OPERATOR));
    }

    @GetMapping("/operator/networks")
    @Allowed.Operators
    String networks(Model model) {
        return page(model, new NetworkForm());
    }

    @PostMapping("/operator/networks")
    @Allowed.Operators
    String create(@Valid @ModelAttribute("form") NetworkForm form, BindingResult problems, Model model) {
        if (problems.hasErrors()) {
            return page(model, form);
        }
        UUID networkId = UUID.randomUUID();
        if (!forms.sent(new CreateNetwork(networkId, form.getName().trim(), form.getCountry()), problems)) {
            return page(model, form);
        }
        return "redirect:/operator/networks/" + networkId;
    }

    private String page(Model model, NetworkForm form) {
        model.addAttribute("networks", register.networks());
        model.addAttribute("countries", Country.values());
        model.addAttribute("form", form);
        return PAGE;
    }
}
