package forum.api.audit.chain;

/** An event as domain_event_entry stores it, every column: what its digest covers. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {
}
