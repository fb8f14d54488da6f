package forum.core.agreement;

import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import forum.core.venue.VenueRegistered;

/** Reads the first event of the venue's stream (from sequence 0, never a snapshot): VenueRegistered names its tenant. */
public final class EventSourcedVenueDirectory implements VenueDirectory {

    private final EventStore eventStore;

    public EventSourcedVenueDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(UUID tenantId, UUID venueId) {
        if (tenantId == null || venueId == null) {
            return false;
        }
        DomainEventStream stream = eventStore.readEvents(venueId.toString(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof VenueRegistered registered
                && tenantId.equals(registered.tenantId());
    }
}
