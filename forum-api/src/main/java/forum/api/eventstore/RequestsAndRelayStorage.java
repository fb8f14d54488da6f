package forum.api.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One event store, two roles: commands append and load aggregates as the requests' role, within the tenant their
 * transaction entered; the stream of all events, which only the publisher opens, is read as the relay role.
 */
final class RequestsAndRelayStorage implements EventStorageEngine {

    private final EventStorageEngine requests;
    private final EventStorageEngine relay;

    RequestsAndRelayStorage(EventStorageEngine requests, EventStorageEngine relay) {
        this.requests = requests;
        this.relay = relay;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        requests.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        requests.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return requests.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return requests.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return requests.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return relay.readEvents(trackingToken, mayBlock);
    }

    @Override
    public TrackingToken createTailToken() {
        return relay.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return relay.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return relay.createTokenAt(dateTime);
    }
}
