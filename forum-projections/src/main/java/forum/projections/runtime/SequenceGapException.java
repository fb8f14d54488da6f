package forum.projections.runtime;

import forum.projections.contract.DomainEventRecord;
/**
 * An event came whose aggregate's previous event was never applied. Applying it would make the read models
 * take the missing event for applied, for good; so the record is held and retried (ConsumerErrorHandling)
 * until the missing event is applied, or a rebuild from the event store fills the gap.
 */
public final class SequenceGapException extends RuntimeException {

    private final String aggregate;

    SequenceGapException(DomainEventRecord event, long lastApplied) {
        super("Event " + event.id() + " of aggregate " + event.subject() + " has sequence " + event.sequence()
                + ", but the last applied is " + lastApplied + ": sequence " + (lastApplied + 1) + " is missing");
        this.aggregate = event.subject();
    }

    public String aggregate() {
        return aggregate;
    }
}
