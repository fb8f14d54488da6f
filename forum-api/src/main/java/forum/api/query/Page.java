package forum.api.query;

import java.util.List;

import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;

/** One page of a list as every list endpoint answers: {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(ResultPage<T> result) {
        return new Page<>(result.items(), result.number(), result.size(), result.totalItems(), result.totalPages());
    }

    /** A page of a list the read model hands over whole (a forum's owners, a municipality's networks). */
    public static <T> Page<T> slice(List<T> all, PageQuery query) {
        int from = (int) Math.min(query.offset(), all.size());
        int to = (int) Math.min((long) from + query.size(), all.size());
        return of(new ResultPage<>(all.subList(from, to), query.number(), query.size(), all.size()));
    }
}
