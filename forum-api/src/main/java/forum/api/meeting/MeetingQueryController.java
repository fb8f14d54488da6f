package forum.api.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.query.Page;
import forum.api.query.Paging;
import forum.api.query.QueryController;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.forum.ForumSummary;
import forum.projections.meeting.MeetingCalendar;
import forum.projections.meeting.MeetingDetail;
import forum.projections.meeting.MeetingFilter;
import forum.projections.meeting.MeetingSummary;
import forum.projections.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@QueryController
@RequestMapping("/api/v1/meetings")
class MeetingQueryController {

    private final MeetingCalendar calendar;
    private final MeetingReaders readers;
    private final MinutesPdf minutes;
    private final Clock clock;

    MeetingQueryController(MeetingCalendar calendar, MeetingReaders readers, MinutesPdf minutes, Clock clock) {
        this.calendar = calendar;
        this.readers = readers;
        this.minutes = minutes;
        this.clock = clock;
    }

    /**
     * The calendar: upcoming meetings (not yet over) soonest first, or past ones latest first; optionally of one
     * forum and starting in [from, to). Cancelled meetings stay in the calendar as CANCELLED. A forum member reads
     * the meetings of the forums that list them only, as on the pages (MeetingReaders); another forum is not found.
     */
    @GetMapping
    @Readers.Municipality
    public Page<MeetingSummary> calendar(
            @AuthenticationPrincipal ForumUser user,
            @Parameter(schema = @Schema(allowableValues = {"upcoming", "past"}, defaultValue = "upcoming"))
            @RequestParam(defaultValue = "upcoming") String scope,
            @RequestParam(required = false) UUID forumId,
            @Parameter(description = "Meetings starting at or after this instant, e.g. 2026-12-01T00:00:00Z")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "Meetings starting before this instant")
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw QueryProblems.invalid("to", "must be after from");
        }
        PageQuery query = Paging.of(page, size);
        MeetingFilter filter = new MeetingFilter(forumId, from, to);
        if (!MeetingReaders.readsEveryForum(user)) {
            Set<UUID> own = readers.forumsOf(user).stream().map(ForumSummary::forumId).collect(Collectors.toSet());
            if (forumId != null && !own.contains(forumId)) {
                throw QueryProblems.notFound();
            }
            filter = filter.among(own);
        }
        return Page.of(switch (scope) {
            case "upcoming" -> calendar.upcoming(Tenants.of(user), clock.instant(), filter, query);
            case "past" -> calendar.past(Tenants.of(user), clock.instant(), filter, query);
            default -> throw QueryProblems.invalid("scope", "must be upcoming or past");
        });
    }

    /**
     * A meeting with attendance, minutes, decisions, its action items and the open ones carried over; not found for a
     * forum member outside its forum.
     */
    @GetMapping("/{meetingId}")
    @Readers.Municipality
    public MeetingDetail meeting(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId) {
        return readers.meeting(user, meetingId);
    }

    @Operation(summary = "A meeting's approved minutes as a PDF",
            description = "Agenda, attendance, minutes, decisions and action items (owner, due date), dates in the "
                    + "municipality's time zone, words in the request's language (Accept-Language: da, sv, nb, en). "
                    + "Only once the minutes are approved: before that, and for a meeting of a forum a forum member "
                    + "is not in, 404.")
    @ApiResponse(responseCode = "200", description = "The minutes",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{meetingId}/minutes.pdf")
    @Readers.Municipality
    public ResponseEntity<byte[]> minutesPdf(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                                             Locale locale) {
        return minutes.download(user, meetingId, locale);
    }
}
