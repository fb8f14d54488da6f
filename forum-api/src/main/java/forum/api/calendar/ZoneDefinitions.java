package forum.api.calendar;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE written from the JDK's rules of the zone, under the zone's own name. The library's bundled definitions
 * name Copenhagen and Oslo by the zone they are linked to (Europe/Berlin) and carry a century of history; a
 * calendar needs the name the municipality knows and the rules of today, which the JDK's tz data keeps current.
 */
final class ZoneDefinitions {

    /** Observances start in this year, before any meeting, as calendars written by other tools do. */
    private static final int FIRST_YEAR = 1970;

    private ZoneDefinitions() {
    }

    static VTimeZone of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        VTimeZone definition = new VTimeZone();
        definition.add(new TzId(zone.getId()));
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0));
            Standard standard = new Standard();
            standard.add(new DtStart<>(LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0)));
            standard.add(new TzOffsetFrom(offset));
            standard.add(new TzOffsetTo(offset));
            definition.add(standard);
            return definition;
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            definition.add(observance(zone, rule));
        }
        return definition;
    }

    private static Observance observance(ZoneId zone, ZoneOffsetTransitionRule rule) {
        ZoneOffsetTransition first = rule.createTransition(FIRST_YEAR);
        boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
        Observance observance = summer ? new Daylight() : new Standard();
        observance.add(new DtStart<>(first.getDateTimeBefore()));
        observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
        observance.add(new TzOffsetTo(rule.getOffsetAfter()));
        observance.add(new TzName(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH)
                .format(ZonedDateTime.ofInstant(first.getInstant(), zone))));
        observance.add(new RRule<>(new Recur<>(recurrence(rule))));
        return observance;
    }

    /**
     * The rule's day as a yearly recurrence: "the Sunday on or after the 25th" is the Sunday among the 25th to the
     * 31st, "the last Sunday" (a negative indicator) the last one of the month; a fixed day is that day.
     */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        String yearly = "FREQ=YEARLY;BYMONTH=" + month.getValue();
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return yearly + ";BYMONTHDAY=" + indicator;
        }
        String day = rule.getDayOfWeek().name().substring(0, 2);
        if (indicator < 0) {
            int lastDay = month.maxLength() + 1 + indicator;
            return yearly + ";BYDAY=" + day + ";BYMONTHDAY=" + days(lastDay - 6, lastDay);
        }
        return yearly + ";BYDAY=" + day + ";BYMONTHDAY=" + days(indicator, Math.min(indicator + 6, month.maxLength()));
    }

    private static String days(int from, int to) {
        return IntStream.rangeClosed(Math.max(from, 1), to).mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
    }
}
