package forum.projections.contract;

/**
 * The personal values of an event travel sealed, each with its data subject's key (forum.projections.personaldata):
 * a reader opens a record with this before it reads the event, and finds "erased" where the key is gone.
 */
public interface SealedValues {

    /** The record with its personal values opened; the same record when its event holds none. */
    DomainEventRecord opened(DomainEventRecord record);
}
