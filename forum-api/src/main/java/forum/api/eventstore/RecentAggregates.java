package forum.api.eventstore;

import org.axonframework.common.caching.Cache;

import java.util.HashMap;
import java.util.Map;

/**
 * The aggregates that commands used last, kept per aggregate type: an identifier is only unique within its type,
 * and a cache shared by two types could hand one type's aggregate to the other's repository.
 */
public final class RecentAggregates {

    private final Map<Class<?>, LeastRecentlyUsed> byType = new HashMap<>();

    RecentAggregates(Iterable<Class<?>> types, int perType) {
        types.forEach(type -> byType.put(type, new LeastRecentlyUsed(perType)));
    }

    Cache of(Class<?> type) {
        return byType.get(type);
    }

    /** The next command on each aggregate reads it from the store again: its snapshot and the events after. */
    public void forgetAll() {
        byType.values().forEach(LeastRecentlyUsed::removeAll);
    }
}
