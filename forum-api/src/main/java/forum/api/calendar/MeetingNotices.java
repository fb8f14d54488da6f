package forum.api.calendar;

import java.net.URI;
import java.util.Locale;

import org.springframework.stereotype.Component;

import forum.api.mail.NoticeCalendar;
import forum.api.web.SignedInMunicipality;
import forum.core.municipality.Country;
import forum.projections.meeting.CalendarEntry;

/**
 * The .ics a meeting's notice carries (the mail feature attaches it): the same event as the downloads, with the
 * notice's METHOD (REQUEST, or CANCEL when cancelled) and SEQUENCE.
 */
@Component
class MeetingNotices implements NoticeCalendar {

    private final CalendarDocuments documents;

    MeetingNotices(CalendarDocuments documents) {
        this.documents = documents;
    }

    /** In the municipality's zone and the reader's language. */
    @Override
    public String ics(Notice notice, Country country, Locale locale, URI pages) {
        CalendarEntry entry = new CalendarEntry(notice.meetingId(), null, notice.forumName(), notice.startsAt(),
                notice.endsAt(), notice.location() == null ? "" : notice.location(), notice.agenda(),
                notice.cancelled(), 0);
        return documents.notice(entry, new CalendarDocuments.Reading(SignedInMunicipality.zoneOf(country), locale,
                pages), notice.sequence());
    }
}
