package forum.api.venue;

import forum.api.web.FormCommands;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.RecommendationKind;
import forum.core.venue.RevokeLicenceRecommendation;
import forum.projections.meeting.MeetingCalendar;
import forum.projections.meeting.MeetingFilter;
import forum.projections.meeting.MeetingSummary;
import forum.projections.paging.PageQuery;
import forum.projections.venue.Recommendation;
import forum.projections.venue.VenueFile;
import jakarta.validation.Valid;

/** The forum's licence recommendation on a venue: issuing one, on the grounds of its issues, and revoking one. */
@PageController
class RecommendationPages {

    /** Meetings offered as the one where the forum agreed: the latest held and the next few. */
    private static final int MEETINGS_OFFERED = 12;

    private final CaseFileReads reads;
    private final FormCommands commands;
    private final MeetingCalendar calendar;
    private final Clock clock;

    RecommendationPages(CaseFileReads reads, FormCommands commands, MeetingCalendar calendar, Clock clock) {
        this.reads = reads;
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/venues/{venueId}/recommendations/new")
    @Allowed.CaseWorkers
    String newRecommendation(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId, Model model) {
        model.addAttribute("form", new RecommendationForm());
        return recommendationForm(user, venueId, model);
    }

    @PostMapping("/venues/{venueId}/recommendations")
    @Allowed.CaseWorkers
    String issue(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                 @Valid @ModelAttribute("form") RecommendationForm form, BindingResult problems, Model model) {
        if (problems.hasErrors() || !commands.sent(new IssueLicenceRecommendation(Tenants.of(user), venueId,
                UUID.randomUUID(), form.getKind(), form.getRationale(), form.getIssueIds(), form.getMeetingId()),
                problems)) {
            return recommendationForm(user, venueId, model);
        }
        return "redirect:/venues/" + venueId;
    }

    @GetMapping("/venues/{venueId}/recommendations/{recommendationId}/revocation")
    @Allowed.CaseWorkers
    String revocation(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                      @PathVariable UUID recommendationId, Model model) {
        model.addAttribute("form", new RevocationForm());
        return revocationForm(user, venueId, recommendationId, model);
    }

    @PostMapping("/venues/{venueId}/recommendations/{recommendationId}/revocation")
    @Allowed.CaseWorkers
    String revoke(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                  @PathVariable UUID recommendationId, @Valid @ModelAttribute("form") RevocationForm form,
                  BindingResult problems, Model model) {
        if (problems.hasErrors() || !commands.sent(new RevokeLicenceRecommendation(Tenants.of(user), venueId,
                recommendationId, form.getReason()), problems)) {
            return revocationForm(user, venueId, recommendationId, model);
        }
        return "redirect:/venues/" + venueId;
    }

    private String recommendationForm(ForumUser user, UUID venueId, Model model) {
        model.addAttribute("file", reads.file(user, venueId));
        model.addAttribute("issues", reads.issues(user, venueId));
        model.addAttribute("kinds", RecommendationKind.values());
        model.addAttribute("meetings", meetings(user));
        return "venue/recommendation-form";
    }

    private String revocationForm(ForumUser user, UUID venueId, UUID recommendationId, Model model) {
        VenueFile file = reads.file(user, venueId);
        Recommendation recommendation = file.recommendations().stream()
                .filter(candidate -> candidate.recommendationId().equals(recommendationId)).findFirst()
                .orElseThrow(QueryProblems::notFound);
        model.addAttribute("file", file);
        model.addAttribute("recommendation", recommendation);
        return "venue/revocation";
    }

    private List<MeetingSummary> meetings(ForumUser user) {
        PageQuery few = PageQuery.first(MEETINGS_OFFERED);
        return Stream.concat(
                calendar.past(Tenants.of(user), clock.instant(), MeetingFilter.none(), few).items().stream(),
                calendar.upcoming(Tenants.of(user), clock.instant(), MeetingFilter.none(), few).items().stream())
                .toList();
    }
}
