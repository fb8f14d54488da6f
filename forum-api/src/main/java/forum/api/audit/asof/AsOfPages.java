package forum.api.audit.asof;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.core.forum.ForumEstablished;
import forum.core.meeting.MeetingScheduled;
import forum.core.venue.VenueRegistered;

/**
 * The auditor's as-of pages: a GET form picks the instant (date and time in the municipality's zone; a link names
 * it as {@code asOf}), so every view has its own address. An id the municipality does not have is the 404 page; an
 * instant before the thing existed says so on the page, next to the form, to pick another.
 *
 * <p>Who may: {@link AsOfReaders}, as the JSON twin ({@code AsOfController}); the page area {@code /audit/**} admits
 * the auditor only, the coordinator reads the same views through the API.
 */
@PageController
class AsOfPages {

    private final AsOfViews views;
    private final SignedInMunicipality municipality;
    private final Clock clock;

    AsOfPages(AsOfViews views, SignedInMunicipality municipality, Clock clock) {
        this.views = views;
        this.municipality = municipality;
        this.clock = clock;
    }

    @GetMapping("/audit/venues/{venueId}/as-of")
    @AsOfReaders
    String venue(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                 @ModelAttribute("moment") AsOfMoment moment, BindingResult problems, Model model) {
        model.addAttribute("venueId", venueId);
        return page(user, venueId, VenueRegistered.class, moment, problems, model,
                asOf -> views.venue(user, venueId, asOf), "audit/as-of-venue");
    }

    @GetMapping("/audit/forums/{forumId}/as-of")
    @AsOfReaders
    String forum(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                 @ModelAttribute("moment") AsOfMoment moment, BindingResult problems, Model model) {
        model.addAttribute("forumId", forumId);
        return page(user, forumId, ForumEstablished.class, moment, problems, model,
                asOf -> views.forum(user, forumId, asOf), "audit/as-of-forum");
    }

    @GetMapping("/audit/meetings/{meetingId}/as-of")
    @AsOfReaders
    String meeting(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                   @ModelAttribute("moment") AsOfMoment moment, BindingResult problems, Model model) {
        model.addAttribute("meetingId", meetingId);
        return page(user, meetingId, MeetingScheduled.class, moment, problems, model,
                asOf -> views.meeting(user, meetingId, asOf), "audit/as-of-meeting");
    }

    /** The view at the instant asked for, or why there is none: an unreadable instant, or not yet existing then. */
    private String page(ForumUser user, UUID id, Class<?> firstEvent, AsOfMoment moment, BindingResult problems,
                        Model model, Function<Instant, Object> view, String template) {
        if (!views.exists(user, id, firstEvent)) {
            throw QueryProblems.notFound();
        }
        Optional<Instant> asOf = moment.resolve(municipality.zone(), clock.instant(), problems);
        model.addAttribute("asOf", asOf.orElse(null));
        asOf.ifPresent(instant -> model.addAttribute("view", viewAt(view, instant)));
        return template;
    }

    private static Object viewAt(Function<Instant, Object> view, Instant asOf) {
        try {
            return view.apply(asOf);
        } catch (ErrorResponseException notYet) {
            // It exists now (checked above), so nothing at the instant means it did not exist yet then.
            return null;
        }
    }
}
