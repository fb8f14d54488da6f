package forum.api.mail;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import forum.core.municipality.Country;

/**
 * What writes a meeting notice's .ics: the calendar feature (forum.api.calendar) does, so that the mailed event is
 * the one the downloads hold; mail knows only this.
 */
public interface NoticeCalendar {

    /** A meeting as its notice tells it; SEQUENCE is the notice's. */
    record Notice(UUID meetingId, String forumName, Instant startsAt, Instant endsAt, String location,
                  List<String> agenda, boolean cancelled, int sequence) {
    }

    /** The notice's calendar (METHOD REQUEST, or CANCEL when cancelled); pages: the address ending in /. */
    String ics(Notice notice, Country country, Locale locale, URI pages);
}
