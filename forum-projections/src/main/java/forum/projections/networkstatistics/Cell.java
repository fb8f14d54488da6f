package forum.projections.networkstatistics;

/**
 * One count on a dashboard. A count of 1 or 2 could single out a venue or a person in a small municipality:
 * network viewers get it as {@code value == null, suppressed == true}. Zero and 3 or more are shown.
 */
public record Cell(Long value, boolean suppressed) {

    static Cell shown(long value) {
        return new Cell(value, false);
    }

    static Cell forNetwork(long value) {
        return isSmall(value) ? new Cell(null, true) : shown(value);
    }

    static boolean isSmall(long count) {
        return count == 1 || count == 2;
    }
}
