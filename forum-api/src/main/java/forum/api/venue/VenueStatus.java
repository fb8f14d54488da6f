package forum.api.venue;

import java.util.Optional;

import forum.projections.venue.VenueStatusFilter;

/** The register's status filter as the API and the pages name it in their addresses (public: templates read it). */
public enum VenueStatus {
    ALL("all", VenueStatusFilter.ALL),
    WITH_OPEN_ISSUES("with-open-issues", VenueStatusFilter.WITH_OPEN_ISSUES),
    WITH_ACTIVE_RECOMMENDATION("with-active-recommendation", VenueStatusFilter.WITH_ACTIVE_RECOMMENDATION);

    /** The longest text searched for in the register. */
    static final int MAX_SEARCH = 200;

    private final String parameter;
    private final VenueStatusFilter filter;

    VenueStatus(String parameter, VenueStatusFilter filter) {
        this.parameter = parameter;
        this.filter = filter;
    }

    public String parameter() {
        return parameter;
    }

    static Optional<VenueStatusFilter> of(String parameter) {
        for (VenueStatus status : values()) {
            if (status.parameter.equals(parameter)) {
                return Optional.of(status.filter);
            }
        }
        return Optional.empty();
    }
}
