package forum.projections.networkstatistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2026-Q4}, in Scandinavian time: Denmark, Sweden and Norway share
 * CET/CEST, so a meeting on 31 December at 23:30 local time counts in Q4 everywhere.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4");
        }
    }

    public static Quarter parse(String text) {
        Matcher match = text == null ? null : FORMAT.matcher(text.trim());
        if (match == null || !match.matches()) {
            throw new IllegalArgumentException("A quarter is written like 2026-Q4");
        }
        return new Quarter(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
    }

    public static Quarter of(Instant instant) {
        return of(instant.atZone(ZONE).toLocalDate());
    }

    /** The quarter of a day. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The first instant of the quarter. */
    public Instant start() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    /** The quarter's first day, which names it in the counts kept per quarter (statistics_quarter). */
    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The first instant after the quarter. */
    public Instant end() {
        return next().start();
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
