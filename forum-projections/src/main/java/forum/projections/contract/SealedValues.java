package forum.projections.contract;

import java.util.List;

/**
 * The personal values of an event travel sealed, each with its data subject's key (forum.projections.personaldata):
 * a reader opens a record with this before it reads the event, and finds "erased" where the key is gone.
 */
public interface SealedValues {

    /**
     * Gets ready to open these records in the current transaction: looks up their subjects' keys at once rather than
     * one by one as they are opened.
     */
    void prepare(List<DomainEventRecord> records);

    /** The record with its personal values opened; the same record when its event holds none. */
    DomainEventRecord opened(DomainEventRecord record);
}
