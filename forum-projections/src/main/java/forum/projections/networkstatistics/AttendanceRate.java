package forum.projections.networkstatistics;

/**
 * Present members of a role divided by the members expected (present and absent) over the quarter's held
 * meetings. Null without expected members; for network viewers suppressed when 1 or 2 were expected, since
 * the rate would then tell whether a single person came.
 */
public record AttendanceRate(Double rate, boolean suppressed) {

    static AttendanceRate of(long present, long expected, boolean forNetwork) {
        if (expected == 0) {
            return new AttendanceRate(null, false);
        }
        if (forNetwork && Cell.isSmall(expected)) {
            return new AttendanceRate(null, true);
        }
        return new AttendanceRate((double) present / expected, false);
    }
}
