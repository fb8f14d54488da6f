package forum.projections.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and how long the whole list is. */
public record ResultPage<T>(List<T> items, int number, int size, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < totalItems;
    }

    public <R> ResultPage<R> map(Function<T, R> mapping) {
        return new ResultPage<>(items.stream().map(mapping).toList(), number, size, totalItems);
    }
}
