package forum.projections.contract;

import java.util.List;

/**
 * The personal values of an event travel sealed, each with its data subject's key (forum.projections.personaldata):
 * a reader opens a record with this before it reads the event, and finds "erased" where the key is gone.
 */
public interface SealedValues {

    /**
     * The records with their personal values opened, their subjects' keys looked up at once rather than one by one:
     * for a consumer's batch or a rebuild's, in the transaction that applies them.
     */
    List<DomainEventRecord> opened(List<DomainEventRecord> records);

    /** The record with its personal values opened; the same record when its event holds none. */
    DomainEventRecord opened(DomainEventRecord record);
}
