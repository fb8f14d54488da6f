package forum.api.venue.importing;

import java.io.IOException;
import java.util.Base64;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.PageController;

/**
 * Importing venues from a file: upload, read the dry run's report, confirm. The confirmation sends the file back and
 * it is checked again, so what is imported is what the report was about, and a file with problems imports nothing.
 */
@PageController
class VenueImportPages {

    private final VenueImport venueImport;

    VenueImportPages(VenueImport venueImport) {
        this.venueImport = venueImport;
    }

    @GetMapping("/venues/import")
    @Allowed.CaseWorkers
    String upload(Model model) {
        model.addAttribute("form", new ImportForm());
        return "venue/import";
    }

    @PostMapping("/venues/import")
    @Allowed.CaseWorkers
    String dryRun(@AuthenticationPrincipal ForumUser user, @ModelAttribute("form") ImportForm form,
                  BindingResult problems, Model model) throws IOException {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            problems.rejectValue("file", "venue.import.problem.empty");
            return "venue/import";
        }
        byte[] content = form.getFile().getBytes();
        ImportOutcome outcome = venueImport.dryRun(Tenants.of(user), content);
        if (outcome.problems().isEmpty()) {
            form.setContent(Base64.getEncoder().encodeToString(content));
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("fileName", form.getFile().getOriginalFilename());
        return "venue/import";
    }

    @PostMapping("/venues/import/confirmation")
    @Allowed.CaseWorkers
    String confirm(@AuthenticationPrincipal ForumUser user, @ModelAttribute("form") ImportForm form,
                   BindingResult problems, Model model) {
        byte[] content = decoded(form.getContent());
        if (content.length == 0) {
            problems.rejectValue("file", "venue.import.problem.empty");
            return "venue/import";
        }
        ImportOutcome outcome = venueImport.run(Tenants.of(user), content);
        if (!outcome.imported()) {
            form.setContent(null);
            model.addAttribute("outcome", outcome);
            return "venue/import";
        }
        return "redirect:/venues/import/done?registered=" + outcome.registered() + "&updated=" + outcome.updated()
                + "&unchanged=" + outcome.unchanged();
    }

    @GetMapping("/venues/import/done")
    @Allowed.CaseWorkers
    String done(@RequestParam(defaultValue = "0") long registered, @RequestParam(defaultValue = "0") long updated,
                @RequestParam(defaultValue = "0") long unchanged, Model model) {
        model.addAttribute("registered", Math.max(registered, 0));
        model.addAttribute("updated", Math.max(updated, 0));
        model.addAttribute("unchanged", Math.max(unchanged, 0));
        return "venue/import-done";
    }

    private static byte[] decoded(String content) {
        try {
            return content == null ? new byte[0] : Base64.getDecoder().decode(content.strip());
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
