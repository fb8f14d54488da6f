package forum.api.query;

import forum.projections.paging.PageQuery;

/** The {@code page} and {@code size} parameters of every list, checked before they reach a read model. */
public final class Paging {

    public static final String DEFAULT_SIZE = "50";

    private Paging() {
    }

    public static PageQuery of(int page, int size) {
        if (page < 0) {
            throw QueryProblems.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > PageQuery.MAX_SIZE) {
            throw QueryProblems.invalid("size", "must be between 1 and " + PageQuery.MAX_SIZE);
        }
        return new PageQuery(page, size);
    }
}
