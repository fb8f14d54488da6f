package forum.api.audit.asof;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.query.QueryController;
import forum.api.security.ForumUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The auditor's "as it stood then": rebuilt from the stored events up to the instant, not read from the read models.
 * An instant before the thing existed is not found, like an id the municipality does not have; an instant that is
 * not ISO-8601 is a 400 naming {@code asOf}.
 */
@QueryController
class AsOfController {

    private static final String AS_OF = "The instant, ISO-8601 (2026-03-31T14:30:00Z); every event stored at or "
            + "before it counts";

    private final AsOfViews views;

    AsOfController(AsOfViews views) {
        this.views = views;
    }

    @Operation(summary = "A venue's case file as it stood at an instant",
            description = "The venue, its issues with their status then, the recommendations (revoked ones marked) "
                    + "and the licensing decisions recorded up to the instant. For the auditor and the coordinator.")
    @GetMapping("/api/v1/audit/venues/{venueId}/as-of")
    @AsOfReaders
    public VenueAsOf venue(@AuthenticationPrincipal ForumUser user, @PathVariable UUID venueId,
                           @Parameter(description = AS_OF) @RequestParam Instant asOf) {
        return views.venue(user, venueId, asOf);
    }

    @Operation(summary = "A forum as it stood at an instant",
            description = "Its name, its members then and its coordinator then. For the auditor and the coordinator.")
    @GetMapping("/api/v1/audit/forums/{forumId}/as-of")
    @AsOfReaders
    public ForumAsOf forum(@AuthenticationPrincipal ForumUser user, @PathVariable UUID forumId,
                           @Parameter(description = AS_OF) @RequestParam Instant asOf) {
        return views.forum(user, forumId, asOf);
    }

    @Operation(summary = "A meeting as it stood at an instant",
            description = "Its time and place then, agenda, attendance, minutes, decisions and action items recorded "
                    + "up to the instant, people named as the forum knew them then. For the auditor and the "
                    + "coordinator.")
    @GetMapping("/api/v1/audit/meetings/{meetingId}/as-of")
    @AsOfReaders
    public MeetingAsOf meeting(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                               @Parameter(description = AS_OF) @RequestParam Instant asOf) {
        return views.meeting(user, meetingId, asOf);
    }
}
