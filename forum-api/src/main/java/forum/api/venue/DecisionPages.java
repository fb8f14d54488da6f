package forum.api.venue;

import forum.api.web.FormCommands;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.sanction.SanctionViews;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.NavigationEntry;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.RecordLicensingDecision;
import forum.projections.paging.PageQuery;
import forum.projections.venue.Recommendation;
import forum.projections.venue.VenueFile;
import forum.projections.venue.VenueRegister;
import forum.projections.venue.VenueStatusFilter;
import forum.projections.venue.VenueSummary;
import jakarta.validation.Valid;

/** The licensing authority's side: the recommendations awaiting its decision, and recording a decision. */
@PageController
class DecisionPages {

    private final VenueRegister register;
    private final CaseFileReads reads;
    private final FormCommands commands;
    private final SignedInMunicipality municipality;
    private final SanctionViews sanctions;

    DecisionPages(VenueRegister register, CaseFileReads reads, FormCommands commands,
                  SignedInMunicipality municipality, SanctionViews sanctions) {
        this.sanctions = sanctions;
        this.register = register;
        this.reads = reads;
        this.commands = commands;
        this.municipality = municipality;
    }

    @Bean
    static NavigationEntry awaitingDecisionNavigation() {
        return new NavigationEntry(35, "/recommendations/awaiting-decision", "nav.awaitingDecision",
                Set.of(Role.COORDINATOR, Role.LICENSING_OFFICER));
    }

    /** Recommendations issued and not revoked, on which the licensing authority has not decided, by venue name. */
    @GetMapping("/recommendations/awaiting-decision")
    @Allowed.CaseWorkers
    String awaiting(@AuthenticationPrincipal ForumUser user, Model model) {
        List<VenueSummary> awaiting = register.venues(Tenants.of(user), VenueStatusFilter.WITH_ACTIVE_RECOMMENDATION,
                        PageQuery.first(PageQuery.MAX_SIZE)).items().stream()
                .filter(venue -> venue.currentRecommendation().decidedAt() == null)
                .toList();
        model.addAttribute("awaiting", awaiting);
        return "venue/awaiting-decision";
    }

    @GetMapping("/venues/{venueId}/licensing-decisions/new")
    @Allowed.CaseWorkers
    String newDecision(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                       @RequestParam(required = false) UUID recommendationId, Model model) {
        DecisionForm form = new DecisionForm();
        form.setRecommendationId(recommendationId);
        form.setFrom(LocalDate.now(municipality.zone()));
        model.addAttribute("form", form);
        return decisionForm(user, venueId, model);
    }

    @PostMapping("/venues/{venueId}/licensing-decisions")
    @Allowed.CaseWorkers
    String record(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                  @Valid @ModelAttribute("form") DecisionForm form, BindingResult problems, Model model) {
        String reference = form.getAuthorityReference() == null || form.getAuthorityReference().isBlank() ? null
                : form.getAuthorityReference().strip();
        if (problems.hasErrors() || !commands.sent(new RecordLicensingDecision(Tenants.of(user), venueId,
                UUID.randomUUID(), form.getRecommendationId(), form.getOutcome(), form.getFrom(), form.getTo(),
                reference, form.getBreachType(), form.getBreachCommittedOn()), problems)) {
            return decisionForm(user, venueId, model);
        }
        return "redirect:/venues/" + venueId;
    }

    private String decisionForm(ForumUser user, UUID venueId, Model model) {
        VenueFile file = reads.file(user, venueId);
        model.addAttribute("file", file);
        model.addAttribute("decidable", file.recommendations().stream()
                .filter(recommendation -> !recommendation.revoked() && recommendation.decidedAt() == null)
                .toList());
        model.addAttribute("outcomes", DecisionOutcome.values());
        DecisionForm form = (DecisionForm) model.getAttribute("form");
        model.addAttribute("sanctions", sanctions.of(user, venueId,
                form == null || !isDecidable(model, form.getRecommendationId()) ? null : form.getRecommendationId()));
        model.addAttribute("breachTypes", sanctions.breachTypes());
        return "venue/decision-form";
    }

    @SuppressWarnings("unchecked")
    private static boolean isDecidable(Model model, UUID recommendationId) {
        return recommendationId != null && ((List<Recommendation>) model.getAttribute("decidable")).stream()
                .anyMatch(recommendation -> recommendation.recommendationId().equals(recommendationId));
    }
}
