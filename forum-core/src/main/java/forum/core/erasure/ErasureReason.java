package forum.core.erasure;

/** Why personal data was erased (GDPR article 17(1) and the municipality's retention rules). */
public enum ErasureReason {
    /** The person asked for it and the municipality agreed. */
    PERSONS_REQUEST,
    /** No longer needed for the purpose it was collected for. */
    NO_LONGER_NEEDED,
    /** The municipality's retention period for it ended (the retention job). */
    RETENTION_PERIOD_ENDED,
    /** It should not have been recorded (e.g. a name in free text that the case did not need). */
    UNLAWFULLY_PROCESSED
}
