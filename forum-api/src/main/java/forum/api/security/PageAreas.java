package forum.api.security;

/**
 * The parts of the pages that only one role may open, by path. Everything else needs a signed-in person; what a
 * page then shows or lets them do is decided by the same rules as the API's ({@code forum.api.access}).
 */
public final class PageAreas {

    /** The national network's statistics: its coordinator only. */
    public static final String NETWORK = "/network/**";
    /** Running the platform: networks and their coordinators. */
    public static final String OPERATOR = "/operator/**";
    /** An auditor's read of a case's history. */
    public static final String AUDIT = "/audit/**";

    private PageAreas() {
    }
}
