package forum.api.audit.history;

import java.time.Instant;
import java.util.UUID;

/**
 * What a reader asks of the municipality's history, read already: each filter null when absent. {@code person} is an
 * account (the actor) or a data subject (an id the event names); {@code from} is included, {@code to} is not;
 * {@code after} is the position the previous page ended on, in the order asked for.
 */
record HistoryQuery(UUID person, String aggregateId, String aggregateType, String kind, Instant from, Instant to,
                    boolean newestFirst, Long after, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** The same filters, the page after {@code position}. */
    HistoryQuery after(long position) {
        return new HistoryQuery(person, aggregateId, aggregateType, kind, from, to, newestFirst, position, size);
    }
}
