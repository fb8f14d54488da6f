package forum.api.venue;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import forum.api.audit.reads.RecordedRead;
import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.QueryController;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.casetimeline.CaseTimelines;
import forum.projections.casetimeline.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;

@QueryController
class CaseTimelineController {

    /**
     * A case's whole history, oldest first: who did what when. Read whole rather than by page: it is one venue's
     * file and an auditor reads it from the start.
     */
    public record CaseTimeline(UUID venueId, boolean freeTextIncluded, List<TimelineEntry> entries) {

        public CaseTimeline {
            entries = List.copyOf(entries);
        }
    }

    private final CaseTimelines timelines;

    CaseTimelineController(CaseTimelines timelines) {
        this.timelines = timelines;
    }

    @Operation(summary = "Every event of a venue's case, with the acting user and the time",
            description = "Coordinators, licensing officers and auditors get each event's free text (an issue's "
                    + "description, a revocation's reason...); a forum member gets codes and dates only, with "
                    + "freeTextIncluded false and every freeText null.")
    @GetMapping("/api/v1/venues/{venueId}/timeline")
    @RecordedRead
    @Readers.Municipality
    public CaseTimeline timeline(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId) {
        boolean withFreeText = Readers.readsCaseFreeText(user);
        List<TimelineEntry> entries = timelines.timeline(Tenants.of(user), venueId, withFreeText);
        if (entries.isEmpty()) {
            // Every case starts with its venue's registration: no entries, no such venue here.
            throw QueryProblems.notFound();
        }
        return new CaseTimeline(venueId, withFreeText, entries);
    }
}
