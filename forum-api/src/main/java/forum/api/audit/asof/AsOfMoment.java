package forum.api.audit.asof;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * The instant an as-of page shows, as its GET form sends it (a date and a time in the municipality's zone) or as a
 * link names it ({@code asOf}: an ISO-8601 instant, or a local date-time in the municipality's zone). A date without
 * a time counts to the end of that day, a time to the end of the minute (or second) it names: "as of 14:32" holds
 * what happened during 14:32. Nothing given: now. Kept as text and read by {@link #resolve}, so that a value the page
 * cannot read shows its message.
 */
public class AsOfMoment {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private String date = "";
    private String time = "";
    private String asOf = "";

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date == null ? "" : date.strip();
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time == null ? "" : time.strip();
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf == null ? "" : asOf.strip();
    }

    /**
     * The instant asked for, the form's fields showing it in the zone when a link named it; empty, with the messages in
     * {@code problems}, when it cannot be read.
     */
    Optional<Instant> resolve(ZoneId zone, Instant now, Errors problems) {
        if (!asOf.isEmpty() || date.isEmpty() && time.isEmpty()) {
            Optional<Instant> moment = asOf.isEmpty() ? Optional.of(now) : instant(asOf, zone);
            moment.ifPresentOrElse(instant -> show(instant, zone), () -> problems.reject("audit.asOf.badInstant"));
            return moment;
        }
        return fromFields(zone, problems);
    }

    private Optional<Instant> fromFields(ZoneId zone, Errors problems) {
        Optional<LocalDate> day = parse(() -> LocalDate.parse(date));
        Optional<LocalTime> clock = parse(() -> LocalTime.parse(time));
        if (date.isEmpty()) {
            problems.rejectValue("date", "audit.asOf.dateMissing");
        } else if (day.isEmpty()) {
            problems.rejectValue("date", "audit.asOf.badDate");
        }
        if (!time.isEmpty() && clock.isEmpty()) {
            problems.rejectValue("time", "audit.asOf.badTime");
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        LocalDateTime end = clock.map(given -> day.get().atTime(given)
                        .plus(1, time.length() <= 5 ? ChronoUnit.MINUTES : ChronoUnit.SECONDS))
                .orElseGet(() -> day.get().plusDays(1).atStartOfDay());
        return Optional.of(end.atZone(zone).toInstant().minusNanos(1));
    }

    private void show(Instant instant, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        date = local.toLocalDate().toString();
        time = TIME.format(local);
    }

    private static Optional<Instant> instant(String text, ZoneId zone) {
        return parse(() -> Instant.parse(text))
                .or(() -> parse(() -> OffsetDateTime.parse(text).toInstant()))
                .or(() -> parse(() -> LocalDateTime.parse(text).atZone(zone).toInstant()));
    }

    private interface Reading<T> {
        T read();
    }

    private static <T> Optional<T> parse(Reading<T> reading) {
        try {
            return Optional.of(reading.read());
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }
}
