package forum.api.venue;

import forum.api.web.FormCommands;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.projections.paging.PageQuery;
import forum.projections.venue.VenueRegister;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The venue register with its filters and text search, and registering a venue. */
@PageController
class VenueRegisterPages {

    static final int PAGE_SIZE = 25;

    private final VenueRegister register;
    private final FormCommands commands;

    VenueRegisterPages(VenueRegister register, FormCommands commands) {
        this.register = register;
        this.commands = commands;
    }

    @Bean
    static NavigationEntry venuesNavigation() {
        return new NavigationEntry(30, "/venues", "nav.venues",
                Set.of(Role.COORDINATOR, Role.LICENSING_OFFICER, Role.FORUM_MEMBER, Role.AUDITOR));
    }

    /**
     * The register, or only its results when htmx asks for them as the person types or chooses a filter. A history
     * restore (htmx's back button without a cached page) wants the whole page, as a browser without JavaScript does.
     */
    @GetMapping("/venues")
    @Readers.Municipality
    String register(@AuthenticationPrincipal ForumUser user, @RequestParam(defaultValue = "all") String status,
                    @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                    HttpServletResponse response, Model model) {
        // The same address answers two shapes: a cache must not hand the results alone to a page load.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        String search = q.strip().length() > VenueStatus.MAX_SEARCH ? q.strip().substring(0, VenueStatus.MAX_SEARCH)
                : q.strip();
        String shown = VenueStatus.of(status).isPresent() ? status : VenueStatus.ALL.parameter();
        model.addAttribute("venues", register.venues(Tenants.of(user), VenueStatus.of(shown).orElseThrow(), search,
                new PageQuery(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", VenueStatus.values());
        model.addAttribute("q", search);
        model.addAttribute("mayRegister", CaseRoles.worksCases(user));
        return "true".equals(htmx) && historyRestore == null ? "venue/register-update" : "venue/register";
    }

    @GetMapping("/venues/new")
    @Allowed.CaseWorkers
    String newVenue(Model model) {
        model.addAttribute("form", new VenueForm());
        return form(model);
    }

    @PostMapping("/venues")
    @Allowed.CaseWorkers
    String registerVenue(@AuthenticationPrincipal ForumUser user, @Valid @ModelAttribute("form") VenueForm form,
                         BindingResult problems, Model model) {
        UUID venueId = UUID.randomUUID();
        if (problems.hasErrors() || !commands.sent(new RegisterVenue(Tenants.of(user), venueId, form.getName(),
                form.getAddress(), form.getLicenceNumber(), form.getLicenceHolder(), form.getLicenceKind(),
                form.getServingHours(), form.getLicenceValidFrom(), form.getLicenceValidTo()), problems)) {
            return form(model);
        }
        return "redirect:/venues/" + venueId;
    }

    private static String form(Model model) {
        model.addAttribute("licenceKinds", LicenceKind.values());
        return "venue/new";
    }
}
