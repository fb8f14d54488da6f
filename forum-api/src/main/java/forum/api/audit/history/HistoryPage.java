package forum.api.audit.history;

import java.util.List;

/**
 * One page of the municipality's history. {@code next} is the {@code after} of the following page, null on the
 * last; {@code personalValuesIncluded} false when the reader may not read personal values (they are left out).
 */
public record HistoryPage(List<HistoryEntry> entries, boolean newestFirst, Long next,
                          boolean personalValuesIncluded) {

    public HistoryPage {
        entries = List.copyOf(entries);
    }
}
