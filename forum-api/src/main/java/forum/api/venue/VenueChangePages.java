package forum.api.venue;

import java.time.LocalDate;
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
import forum.api.web.FormCommands;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.core.venue.CloseVenue;
import forum.core.venue.LicenceKind;
import forum.core.venue.UpdateVenueDetails;
import forum.core.venue.VenueClosureReason;
import forum.projections.venue.VenueFile;
import jakarta.validation.Valid;

/** Keeping a venue's details current, and closing it: the case workers' pages beside the case file. */
@PageController
class VenueChangePages {

    private final CaseFileReads reads;
    private final FormCommands commands;
    private final SignedInMunicipality municipality;

    VenueChangePages(CaseFileReads reads, FormCommands commands, SignedInMunicipality municipality) {
        this.reads = reads;
        this.commands = commands;
        this.municipality = municipality;
    }

    @GetMapping("/venues/{venueId}/details")
    @Allowed.CaseWorkers
    String editDetails(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        VenueFile file = reads.file(user, venueId);
        model.addAttribute("form", VenueDetailsForm.of(file));
        return detailsForm(file, model);
    }

    @PostMapping("/venues/{venueId}/details")
    @Allowed.CaseWorkers
    String updateDetails(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                         @Valid @ModelAttribute("form") VenueDetailsForm form, BindingResult problems, Model model) {
        VenueFile file = reads.file(user, venueId);
        if (problems.hasErrors() || !commands.sent(new UpdateVenueDetails(Tenants.of(user), venueId,
                form.getName(), form.getAddress(), form.getLicenceHolder(), form.getLicenceKind(),
                form.getServingHours(), form.getLicenceValidFrom(), form.getLicenceValidTo()), problems)) {
            return detailsForm(file, model);
        }
        return "redirect:/venues/" + venueId + "?changed";
    }

    @GetMapping("/venues/{venueId}/closure")
    @Allowed.CaseWorkers
    String closure(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        ClosureForm form = new ClosureForm();
        form.setClosedOn(LocalDate.now(municipality.zone()));
        model.addAttribute("form", form);
        return closureForm(reads.file(user, venueId), model);
    }

    @PostMapping("/venues/{venueId}/closure")
    @Allowed.CaseWorkers
    String close(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                 @Valid @ModelAttribute("form") ClosureForm form, BindingResult problems, Model model) {
        VenueFile file = reads.file(user, venueId);
        if (problems.hasErrors() || !commands.sent(new CloseVenue(Tenants.of(user), venueId, form.getClosedOn(),
                form.getReason()), problems)) {
            return closureForm(file, model);
        }
        return "redirect:/venues/" + venueId + "?closed";
    }

    private static String detailsForm(VenueFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("licenceKinds", LicenceKind.values());
        return "venue/details-form";
    }

    private static String closureForm(VenueFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("reasons", VenueClosureReason.values());
        return "venue/closure-form";
    }
}
