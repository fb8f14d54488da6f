package forum.api.audit.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.Errors;

import forum.projections.contract.DomainEventTypes;

/**
 * The history's filters as the request sends them (the API's query parameters and the page's GET form alike), kept
 * as text and read by {@link #read}, so that a value that cannot be read is named: beside its field on the page, in
 * a 400 problem in the API. Times are ISO-8601 instants, or a local date-time or date in the municipality's zone.
 */
public class HistoryFilter {

    /** The aggregate types of a municipality's events, as the event store names them. */
    static final Set<String> AGGREGATE_TYPES = Set.of("Municipality", "Forum", "Meeting", "Venue", "Erasure", "Network");

    private String person = "";
    private String aggregate = "";
    private String aggregateType = "";
    private String kind = "";
    private String from = "";
    private String to = "";
    private String order = "newest";
    private String after = "";
    private String size = "";

    /** The query these filters ask, or empty with each unreadable value rejected on {@code problems}. */
    Optional<HistoryQuery> read(ZoneId zone, Errors problems) {
        UUID personId = uuid(person, "person", "history.filter.badPerson", problems);
        UUID aggregateId = uuid(aggregate, "aggregate", "history.filter.badAggregate", problems);
        if (!aggregateType.isEmpty() && !AGGREGATE_TYPES.contains(aggregateType)) {
            problems.rejectValue("aggregateType", "history.filter.badAggregateType");
        }
        if (!kind.isEmpty() && DomainEventTypes.all().stream().noneMatch(type -> type.getSimpleName().equals(kind))) {
            problems.rejectValue("kind", "history.filter.badKind");
        }
        Instant start = instant(from, zone, false, "from", problems);
        Instant end = instant(to, zone, true, "to", problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.rejectValue("to", "history.filter.endsBeforeStart");
        }
        if (!order.equals("newest") && !order.equals("oldest")) {
            problems.rejectValue("order", "history.filter.badOrder");
        }
        Long position = number(after, 0, Long.MAX_VALUE, "after", problems);
        Long pageSize = number(size, 1, HistoryQuery.MAX_SIZE, "size", problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new HistoryQuery(personId, aggregateId == null ? null : aggregateId.toString(),
                aggregateType.isEmpty() ? null : aggregateType, kind.isEmpty() ? null : kind, start, end,
                order.equals("newest"), position, pageSize == null ? HistoryQuery.DEFAULT_SIZE : pageSize.intValue()));
    }

    boolean filters() {
        return !(person + aggregate + aggregateType + kind + from + to).isEmpty();
    }

    private static UUID uuid(String text, String field, String code, Errors problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            problems.rejectValue(field, code);
            return null;
        }
    }

    /**
     * An instant, a local date-time or a date in the zone; a date given as the end of the period means the end of
     * that day, so that a period of days includes its last.
     */
    private static Instant instant(String text, ZoneId zone, boolean end, String field, Errors problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException notAnInstant) {
            // a local time, below
        }
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeException notALocalTime) {
            // a date, below
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeException notADate) {
            problems.rejectValue(field, "history.filter.badTime");
            return null;
        }
    }

    private static Long number(String text, long least, long most, String field, Errors problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // rejected below
        }
        problems.rejectValue(field, "history.filter.badNumber");
        return null;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = clean(person);
    }

    public String getAggregate() {
        return aggregate;
    }

    public void setAggregate(String aggregate) {
        this.aggregate = clean(aggregate);
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public void setAggregateType(String aggregateType) {
        this.aggregateType = clean(aggregateType);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = clean(kind);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = clean(from);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = clean(to);
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order == null || order.isBlank() ? "newest" : order.strip();
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = clean(after);
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = clean(size);
    }
}
