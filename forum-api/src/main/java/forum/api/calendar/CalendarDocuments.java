package forum.api.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import forum.projections.meeting.CalendarEntry;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Meetings as iCalendar text (RFC 5545). A meeting's UID is its id, so a calendar that imports it again replaces
 * it; its SEQUENCE grows with each move and with the cancellation. Times are the municipality's wall clock with
 * its zone's definition, words in the reader's language, and nothing a person wrote but the place and the agenda.
 */
@Component
class CalendarDocuments {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    private static final String PRODUCT = "-//Forum//Meetings//EN";

    /** How one reader reads: the municipality's zone, the reader's language, the pages' address (ending in /). */
    record Reading(ZoneId zone, Locale locale, URI pages) {
    }

    private final MessageSource messages;
    private final Clock clock;
    private final URI organizer;

    CalendarDocuments(MessageSource messages, Clock clock,
                      @Value("${forum.calendar.organizer:mailto:no-reply@forum.invalid}") URI organizer) {
        this.messages = messages;
        this.clock = clock;
        this.organizer = organizer;
    }

    /** One meeting to download: a cancelled one as a cancellation (METHOD:CANCEL), otherwise PUBLISH. */
    String meeting(CalendarEntry entry, Reading reading) {
        Calendar calendar = calendar(entry.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH, reading);
        calendar.add(event(entry, reading));
        return calendar.toString();
    }

    /**
     * A meeting's notice as mailed to its members: METHOD REQUEST (scheduled, moved) or CANCEL, the entry's SEQUENCE
     * given by the notice.
     */
    String notice(CalendarEntry entry, Reading reading, int sequence) {
        Calendar calendar = calendar(entry.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST, reading);
        VEvent event = event(entry, reading);
        event.replace(new Sequence(sequence));
        calendar.add(event);
        return calendar.toString();
    }

    /** A subscribed feed: every meeting, the cancelled ones as cancelled, under the feed's name. */
    String feed(String name, List<CalendarEntry> entries, Reading reading) {
        Calendar calendar = calendar(Method.VALUE_PUBLISH, reading);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", reading.zone().getId()));
        entries.forEach(entry -> calendar.add(event(entry, reading)));
        return calendar.toString();
    }

    String words(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private Calendar calendar(String method, Reading reading) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new Method(method));
        calendar.add(ZoneDefinitions.of(reading.zone()));
        return calendar;
    }

    private VEvent event(CalendarEntry entry, Reading reading) {
        Locale locale = reading.locale();
        String summary = words(entry.cancelled() ? "calendar.event.cancelled" : "calendar.event.summary", locale,
                entry.forumName());
        VEvent event = new VEvent();
        event.replace(new DtStamp(clock.instant()));
        event.add(new DtStart<>(time(entry.startsAt(), reading.zone())));
        event.add(new DtEnd<>(time(entry.endsAt(), reading.zone())));
        event.add(new Summary(summary));
        event.add(new Uid(uid(entry.meetingId())));
        event.add(new Sequence(entry.reschedules() + (entry.cancelled() ? 1 : 0)));
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Organizer(organizer).add(new Cn(entry.forumName() == null ? "Forum" : entry.forumName())));
        event.add(new Location(entry.location()));
        URI page = reading.pages().resolve("meetings/" + entry.meetingId());
        event.add(new Description(description(entry, page, locale)));
        event.add(new Url(page));
        return event;
    }

    private String description(CalendarEntry entry, URI page, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (!entry.agenda().isEmpty()) {
            text.append(words("calendar.event.agenda", locale)).append('\n');
            for (int item = 0; item < entry.agenda().size(); item++) {
                text.append(item + 1).append(". ").append(entry.agenda().get(item)).append('\n');
            }
            text.append('\n');
        }
        return text.append(words("calendar.event.page", locale, page)).toString();
    }

    /**
     * The municipality's wall clock with its zone; but in UTC for the second pass of the hour the clocks repeat in
     * October, which a wall clock names ambiguously and RFC 5545 reads as the first pass.
     */
    static Temporal time(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local.toLocalDateTime());
        return offsets.size() > 1 && !offsets.get(0).equals(local.getOffset()) ? instant : local;
    }

    /** Stable across downloads, feeds and (later) mails: the meeting's id. */
    static String uid(UUID meetingId) {
        return "meeting-" + meetingId + "@forum";
    }
}
