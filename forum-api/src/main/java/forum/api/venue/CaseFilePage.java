package forum.api.venue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import forum.api.audit.reads.RecordedRead;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.security.Role;
import forum.api.web.PageController;
import forum.projections.casetimeline.CaseTimelines;
import forum.projections.venue.VenueIssue;

/** A venue's case file: its licence, issues, recommendations, decisions and the timeline of everything done. */
@PageController
class CaseFilePage {

    private final CaseFileReads reads;
    private final CaseTimelines timelines;

    CaseFilePage(CaseFileReads reads, CaseTimelines timelines) {
        this.reads = reads;
        this.timelines = timelines;
    }

    @GetMapping("/venues/{venueId}")
    @RecordedRead
    @Readers.Municipality
    String caseFile(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        model.addAttribute("file", reads.file(user, venueId));
        List<VenueIssue> issues = reads.issues(user, venueId);
        model.addAttribute("issues", issues);
        Map<UUID, VenueIssue> issuesById = issues.stream()
                .collect(Collectors.toMap(VenueIssue::issueId, Function.identity()));
        model.addAttribute("issuesById", issuesById);
        model.addAttribute("timeline", timelines.timeline(Tenants.of(user), venueId, Readers.readsCaseFreeText(user)));
        model.addAttribute("freeText", Readers.readsCaseFreeText(user));
        model.addAttribute("mayReport", CaseRoles.reportsIssues(user));
        model.addAttribute("mayWork", CaseRoles.worksCases(user));
        model.addAttribute("mayAudit", user.has(Role.AUDITOR));
        return "venue/case-file";
    }
}
