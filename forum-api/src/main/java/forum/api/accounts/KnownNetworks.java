package forum.api.accounts;

import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import forum.core.network.NetworkCreated;

/** Whether a network exists, from its own stream in the event store (no lagging read model). */
@Component
class KnownNetworks {

    private final EventStore eventStore;

    KnownNetworks(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    boolean exists(UUID networkId) {
        DomainEventStream stream = eventStore.readEvents(networkId.toString(), 0);
        return stream.hasNext() && NetworkCreated.class.equals(stream.peek().getPayloadType());
    }
}
