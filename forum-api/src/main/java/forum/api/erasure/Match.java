package forum.api.erasure;

/** The condition that a column holds the query ({@code :q}, lower case), and is neither empty nor erased. */
final class Match {

    private Match() {
    }

    static String of(String column) {
        return "(position(:q in lower(%1$s)) > 0 and %1$s <> :erased)".formatted(column);
    }
}
