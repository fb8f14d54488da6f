package forum.api.erasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's data as found by a query (GDPR articles 15 and 20): every value with its place (table, column, row id,
 * data subject), when it was recorded and by whom where that is known.
 */
public record Export(String query, Instant exportedAt, List<Item> items) {

    public record Item(String kind, String table, String field, UUID id, String subject, String context,
                       String value, Instant recordedAt, String recordedBy) {
    }

    static Export of(String query, Instant at, List<Place> places) {
        List<Item> items = places.stream().flatMap(place -> place.values().entrySet().stream()
                .map(value -> new Item(place.kind(), place.table(), value.getKey(), place.id(), place.choice(),
                        place.context(), value.getValue(), place.recordedAt(), place.recordedBy()))).toList();
        return new Export(query, at, items);
    }
}
