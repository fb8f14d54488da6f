package forum.api.calendar;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import forum.api.access.Readers;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.api.web.PageController;

/**
 * The .ics of a meeting ("add to calendar" on its page), and a subscribed feed at its secret address, which a
 * calendar reads without signing in (PageSecurity opens /calendar/*.ics); an unknown or renewed token is not found.
 */
@PageController
class CalendarDownloads {

    static final String FEED = "/calendar/{token}.ics";
    private static final MediaType CALENDAR = MediaType.parseMediaType(CalendarDocuments.MEDIA_TYPE);

    private final MeetingCalendars calendars;

    CalendarDownloads(MeetingCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/meetings/{meetingId}/calendar.ics")
    @Readers.Municipality
    ResponseEntity<String> meeting(@AuthenticationPrincipal ForumUser user, @PathVariable UUID meetingId,
                                   Locale locale) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + meetingId + ".ics").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(calendars.meeting(user, meetingId, locale, pages()));
    }

    @GetMapping(FEED)
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .body(calendars.feed(token, pages()).orElseThrow(QueryProblems::notFound));
    }

    /** The pages' address as the request reached it, ending in a slash. */
    static URI pages() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
    }

    /** A feed's address, to subscribe to. */
    static String feedAddress(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(FEED).buildAndExpand(token).toUriString();
    }
}
