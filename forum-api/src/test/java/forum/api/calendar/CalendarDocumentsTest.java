package forum.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import forum.projections.meeting.CalendarEntry;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The iCalendar text, parsed back by iCal4j and held to its validation (RFC 5545, and RFC 5546 for the method):
 * the wall clock and zone of each municipality across both changes of the clocks, UID, SEQUENCE and STATUS.
 */
class CalendarDocumentsTest {

    private static final URI PAGES = URI.create("https://forum.example/");

    private final CalendarDocuments documents = new CalendarDocuments(messages(),
            Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC), URI.create("mailto:no-reply@forum.invalid"));

    /**
     * The Sundays the clocks change in 2027 (28 March, 31 October) and the hours around each change: a meeting across
     * the skipped hour, one across the repeated hour, and ordinary ones of summer and winter.
     */
    @ParameterizedTest
    @CsvSource({
            "Europe/Copenhagen, 2027-03-28T00:30, 2027-03-27T23:30:00Z",
            "Europe/Copenhagen, 2027-03-28T03:30, 2027-03-28T01:30:00Z",
            "Europe/Stockholm, 2027-03-28T10:00, 2027-03-28T08:00:00Z",
            "Europe/Oslo, 2027-10-31T01:30, 2027-10-30T23:30:00Z",
            "Europe/Oslo, 2027-10-31T10:00, 2027-10-31T09:00:00Z",
            "Europe/Stockholm, 2027-10-31T19:00, 2027-10-31T18:00:00Z",
            "Europe/Copenhagen, 2027-07-01T19:00, 2027-07-01T17:00:00Z",
            "Europe/Copenhagen, 2027-01-14T19:00, 2027-01-14T18:00:00Z"})
    void theMeetingsInstantIsRightInEveryZoneAcrossTheClocksChanging(String zone, LocalDateTime wallClock,
                                                                    Instant utc) throws Exception {
        ZoneId municipality = ZoneId.of(zone);
        Instant startsAt = wallClock.atZone(municipality).toInstant();
        assertThat(startsAt).isEqualTo(utc);
        CalendarEntry entry = entry(startsAt, false, 0);

        Calendar parsed = parse(documents.meeting(entry, reading(municipality)));

        VEvent event = event(parsed);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo(zone);
        // Oslo's meeting ends in the second pass of the repeated hour: that end is written in UTC.
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(utc);
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(utc.plusSeconds(7200));
        assertThat(parsed.getComponent("VTIMEZONE").orElseThrow().getProperty(Property.TZID).orElseThrow().getValue())
                .isEqualTo(zone);
    }

    @Test
    void aMeetingIsPublishedWithItsIdAsUidAndItsMovesAsSequence() throws Exception {
        UUID meetingId = UUID.randomUUID();
        CalendarEntry moved = new CalendarEntry(meetingId, UUID.randomUUID(), "Trygt Natteliv",
                Instant.parse("2027-02-01T17:00:00Z"), Instant.parse("2027-02-01T19:00:00Z"), "Rådhuset, sal 2",
                List.of("Status på beværtninger", "Nytår; evaluering, del 2"), false, 2);

        Calendar parsed = parse(documents.meeting(moved, reading(ZoneId.of("Europe/Copenhagen"))));

        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        VEvent event = event(parsed);
        assertThat(value(event, Property.UID)).isEqualTo("meeting-" + meetingId + "@forum");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Trygt Natteliv: møde");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Rådhuset, sal 2");
        assertThat(value(event, Property.DESCRIPTION)).contains("Dagsorden:", "2. Nytår; evaluering, del 2",
                "https://forum.example/meetings/" + meetingId);
        assertThat(value(event, Property.URL)).isEqualTo("https://forum.example/meetings/" + meetingId);
    }

    @Test
    void aCancelledMeetingIsACancellationWithAHigherSequence() throws Exception {
        Calendar parsed = parse(documents.meeting(entry(Instant.parse("2027-02-01T17:00:00Z"), true, 1),
                new CalendarDocuments.Reading(ZoneId.of("Europe/Stockholm"), Locale.forLanguageTag("sv"), PAGES)));

        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = event(parsed);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Inställt: Samverkan: möte");
    }

    @Test
    void aFeedPublishesEveryMeetingTheCancelledOnesAsCancelled() throws Exception {
        Calendar parsed = parse(documents.feed("Forum: mine møder", List.of(
                entry(Instant.parse("2027-03-28T08:00:00Z"), false, 0),
                entry(Instant.parse("2027-10-31T09:00:00Z"), true, 0)), reading(ZoneId.of("Europe/Oslo"))));

        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(parsed.getComponents("VEVENT")).hasSize(2);
        assertThat(parsed.getComponents("VEVENT").stream().map(event -> value((VEvent) event, Property.STATUS)))
                .containsExactly("CONFIRMED", "CANCELLED");
    }

    static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().getEntries()).as("iCal4j's validation of%n%s", text).isEmpty();
        return calendar;
    }

    static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    static Instant instant(Temporal time) {
        return time instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(time);
    }

    private static CalendarEntry entry(Instant startsAt, boolean cancelled, int reschedules) {
        return new CalendarEntry(UUID.randomUUID(), UUID.randomUUID(), "Samverkan", startsAt,
                startsAt.plusSeconds(7200), "Stadshuset", List.of(), cancelled, reschedules);
    }

    private static CalendarDocuments.Reading reading(ZoneId zone) {
        return new CalendarDocuments.Reading(zone, Locale.forLanguageTag("da"), PAGES);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
