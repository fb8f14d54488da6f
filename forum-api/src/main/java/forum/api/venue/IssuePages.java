package forum.api.venue;

import forum.api.web.FormCommands;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.Severity;
import jakarta.validation.Valid;

/** Registering an issue at a venue, often from a phone where it happened, and resolving one. */
@PageController
class IssuePages {

    private final CaseFileReads reads;
    private final FormCommands commands;
    private final SignedInMunicipality municipality;

    IssuePages(CaseFileReads reads, FormCommands commands, SignedInMunicipality municipality) {
        this.reads = reads;
        this.commands = commands;
        this.municipality = municipality;
    }

    @GetMapping("/venues/{venueId}/issues/new")
    @Allowed.IssueReporters
    String newIssue(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        IssueForm form = new IssueForm();
        form.setObservedAt(LocalDateTime.now(municipality.zone()).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("form", form);
        return issueForm(user, venueId, model);
    }

    @PostMapping("/venues/{venueId}/issues")
    @Allowed.IssueReporters
    String registerIssue(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                         @Valid @ModelAttribute("form") IssueForm form, BindingResult problems, Model model) {
        if (problems.hasErrors() || !commands.sent(new RegisterVenueIssue(Tenants.of(user), venueId,
                UUID.randomUUID(), form.getCategory(), form.getObservedAt().atZone(municipality.zone()).toInstant(),
                form.getSource(), form.getDescription(), form.getSeverity()), problems)) {
            return issueForm(user, venueId, model);
        }
        return "redirect:/venues/" + venueId + "?registered";
    }

    @GetMapping("/venues/{venueId}/issues/{issueId}/resolution")
    @Allowed.CaseWorkers
    String resolution(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, @PathVariable UUID issueId,
                      Model model) {
        model.addAttribute("form", new ResolutionForm());
        return resolutionForm(user, venueId, issueId, model);
    }

    @PostMapping("/venues/{venueId}/issues/{issueId}/resolution")
    @Allowed.CaseWorkers
    String resolve(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, @PathVariable UUID issueId,
                   @Valid @ModelAttribute("form") ResolutionForm form, BindingResult problems, Model model) {
        if (problems.hasErrors() || !commands.sent(new ResolveVenueIssue(Tenants.of(user), venueId, issueId,
                form.getResolution()), problems)) {
            return resolutionForm(user, venueId, issueId, model);
        }
        return "redirect:/venues/" + venueId;
    }

    private String issueForm(ForumUser user, UUID venueId, Model model) {
        model.addAttribute("file", reads.file(user, venueId));
        model.addAttribute("categories", IssueCategory.values());
        model.addAttribute("sources", IssueSource.values());
        model.addAttribute("severities", Severity.values());
        return "venue/issue-form";
    }

    private String resolutionForm(ForumUser user, UUID venueId, UUID issueId, Model model) {
        model.addAttribute("file", reads.file(user, venueId));
        model.addAttribute("issue", reads.issue(user, venueId, issueId));
        return "venue/resolution";
    }
}
