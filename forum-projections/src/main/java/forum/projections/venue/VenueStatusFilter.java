package forum.projections.venue;

/** Which venues the register lists. */
public enum VenueStatusFilter {
    ALL,
    /** At least one issue not yet resolved. */
    WITH_OPEN_ISSUES,
    /** A current recommendation: one issued and not revoked (whether or not the authority has decided on it). */
    WITH_ACTIVE_RECOMMENDATION
}
