package forum.api.audit;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.audit.CaseHistory.History;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.web.PageController;
import forum.api.web.SignedInMunicipality;
import forum.projections.casetimeline.TimelineEntryKind;
import forum.projections.venue.VenueRegister;

/**
 * A case's timeline for the auditor: who (name and role), what (kind and codes in the page's language, the free text
 * for those who may read it, as the JSON API gives it) and when, filtered by person, kind and period through a GET
 * form, so that a filtered view has its own address.
 *
 * <p>Who may: the handler carries {@link Readers.Municipality}, the annotation of its JSON twin
 * ({@code CaseTimelineController}), so the same roles read the same data; the page lies in the auditor's area
 * ({@code /audit/**}), which admits the auditor only. Coordinators and licensing officers read the same timeline on
 * the venue's case file page.
 */
@PageController
class CaseTimelinePage {

    private final VenueRegister register;
    private final CaseHistory histories;
    private final SignedInMunicipality municipality;

    CaseTimelinePage(VenueRegister register, CaseHistory histories, SignedInMunicipality municipality) {
        this.register = register;
        this.histories = histories;
        this.municipality = municipality;
    }

    @GetMapping("/audit/venues/{venueId}/timeline")
    @Readers.Municipality
    String timeline(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                    @ModelAttribute("filter") TimelineFilter filter, BindingResult problems, Model model) {
        model.addAttribute("venue", register.venue(Tenants.of(user), venueId).orElseThrow(QueryProblems::notFound)
                .summary());
        History history = histories.of(user, venueId);
        filter.check(history.actors(), problems);
        model.addAttribute("lines", history.lines().stream()
                .filter(line -> filter.admits(line, municipality.zone())).toList());
        model.addAttribute("total", history.lines().size());
        model.addAttribute("filtered", filter.filters());
        model.addAttribute("actors", history.actors());
        model.addAttribute("kinds", TimelineEntryKind.values());
        model.addAttribute("freeText", Readers.readsCaseFreeText(user));
        return "audit/timeline";
    }
}
