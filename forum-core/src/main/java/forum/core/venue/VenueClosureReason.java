package forum.core.venue;

/** Why a venue closed, as a code: free text would be personal data for no gain. */
public enum VenueClosureReason {
    /** The business stopped serving or closed down. */
    BUSINESS_CLOSED,
    /** The licence holder gave the licence back. */
    LICENCE_SURRENDERED,
    /** The licensing authority withdrew the licence for good. */
    LICENCE_REVOKED,
    /** A licence for a limited period ran out and was not renewed. */
    LICENCE_EXPIRED,
    OTHER
}
