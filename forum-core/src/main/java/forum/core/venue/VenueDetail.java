package forum.core.venue;

/** A venue's detail that can change after registration; the licence number identifies the venue and cannot. */
public enum VenueDetail {
    NAME, ADDRESS, LICENCE_HOLDER, LICENCE_KIND, SERVING_HOURS, LICENCE_PERIOD
}
