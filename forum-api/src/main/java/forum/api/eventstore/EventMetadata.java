package forum.api.eventstore;

/** Keys of the metadata every command and event carries. */
public final class EventMetadata {

    public static final String TENANT = "tenantId";
    public static final String ACTOR = "userId";
    public static final String CORRELATION = "correlationId";

    private EventMetadata() {
    }
}
