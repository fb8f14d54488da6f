package forum.core.meeting;

import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads the first event of a meeting's own stream from the event store: a meeting exists from its
 * MeetingScheduled on, and that event names its tenant. Reads from sequence 0, which never returns a snapshot.
 */
public final class EventSourcedMeetingDirectory implements MeetingDirectory {

    private final EventStore eventStore;

    public EventSourcedMeetingDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(UUID tenantId, UUID meetingId) {
        if (tenantId == null || meetingId == null) {
            return false;
        }
        DomainEventStream stream = eventStore.readEvents(meetingId.toString(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof MeetingScheduled scheduled
                && tenantId.equals(scheduled.tenantId());
    }
}
