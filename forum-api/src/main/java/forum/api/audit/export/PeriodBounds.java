package forum.api.audit.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import forum.api.query.QueryProblems;

/**
 * A period's bound as the request gives it: an ISO-8601 instant, or a local date-time or date in the municipality's
 * zone (a date as the end means the end of that day, as the history's filters read it). Blank is no bound; anything
 * else is a 400 naming the parameter.
 */
final class PeriodBounds {

    private PeriodBounds() {
    }

    static Instant read(String text, String parameter, ZoneId zone, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeException notAnInstant) {
            // a local time, below
        }
        try {
            return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeException notALocalTime) {
            // a date, below
        }
        try {
            LocalDate day = LocalDate.parse(value);
            return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeException notADate) {
            throw QueryProblems.invalid(parameter, "an ISO-8601 instant (2026-03-31T14:30:00Z), or a date-time or a"
                    + " date in the municipality's time zone");
        }
    }
}
