package forum.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the person reads them: in their language's format and their municipality's time zone.
 * Templates call it as {@code ${@dates.dateTime(meeting.startsAt)}}.
 */
@Component("dates")
public class PageDates {

    private final SignedInMunicipality municipality;

    PageDates(SignedInMunicipality municipality) {
        this.municipality = municipality;
    }

    public String dateTime(Instant instant) {
        return dateTime(instant, LocaleContextHolder.getLocale(), municipality.zone());
    }

    public String date(LocalDate date) {
        return date(date, LocaleContextHolder.getLocale());
    }

    public String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, municipality.zone()));
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(municipality.zone()).format(instant);
    }

    static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
