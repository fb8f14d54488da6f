package forum.api.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.springframework.validation.Errors;

import forum.api.audit.CaseHistory.Line;
import forum.projections.casetimeline.TimelineEntryKind;

/**
 * The timeline's filters as the page's GET form sends them, so that a filtered view has its own address: a person
 * (an actor's key), a kind of entry, and a period of days from and to, both included, in the municipality's zone.
 * Kept as text and read by {@link #check}, so that a value the page cannot read shows a message next to its field.
 */
public class TimelineFilter {

    private String person = "";
    private String kind = "";
    private String from = "";
    private String to = "";
    private boolean personUnknown;

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person == null ? "" : person.strip();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind.strip();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from.strip();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to.strip();
    }

    /**
     * Rejects what cannot be read: a person who appears nowhere in the case, an unknown kind, a date not of the form
     * 2026-03-31, a period that ends before it starts.
     */
    void check(Collection<Actor> actors, Errors problems) {
        personUnknown = !person.isEmpty() && actors.stream().noneMatch(actor -> actor.key().equals(person));
        if (personUnknown) {
            problems.rejectValue("person", "audit.filter.unknownPerson");
        }
        if (!kind.isEmpty() && kind().isEmpty()) {
            problems.rejectValue("kind", "audit.filter.unknownKind");
        }
        Optional<LocalDate> start = date(from);
        Optional<LocalDate> end = date(to);
        if (!from.isEmpty() && start.isEmpty()) {
            problems.rejectValue("from", "audit.filter.badDate");
        }
        if (!to.isEmpty() && end.isEmpty()) {
            problems.rejectValue("to", "audit.filter.badDate");
        }
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.rejectValue("to", "audit.filter.endsBeforeStart");
        }
    }

    /**
     * The filters that can be read ({@link #check} first); one that cannot filters nothing, its message says so
     * beside the field.
     */
    boolean admits(Line line, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(line.entry().occurredAt(), zone);
        boolean inPeriod = endsBeforeStart() || date(from).map(start -> !day.isBefore(start)).orElse(true)
                && date(to).map(end -> !day.isAfter(end)).orElse(true);
        return (person.isEmpty() || personUnknown || person.equals(line.actor().key()))
                && kind().map(wanted -> wanted == line.entry().kind()).orElse(true)
                && inPeriod;
    }

    boolean filters() {
        return !(person.isEmpty() && kind.isEmpty() && from.isEmpty() && to.isEmpty());
    }

    private boolean endsBeforeStart() {
        return date(from).flatMap(start -> date(to).map(end -> end.isBefore(start))).orElse(false);
    }

    private Optional<TimelineEntryKind> kind() {
        return Arrays.stream(TimelineEntryKind.values()).filter(value -> value.name().equals(kind)).findFirst();
    }

    /** A date as a date input sends it (ISO, 2026-03-31); empty when absent or not a date. */
    private static Optional<LocalDate> date(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
