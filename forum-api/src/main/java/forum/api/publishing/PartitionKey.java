package forum.api.publishing;

import forum.api.eventstore.EventMetadata;
import forum.core.network.NetworkEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What keeps events in order from the event store to the read models: the tenant for a municipality's
 * own aggregates (one partition per tenant), the network's id for the cross-tenant network aggregate.
 * Used as the Kafka record key.
 */
final class PartitionKey {

    private PartitionKey() {
    }

    /** Reads the payload's type, which needs no deserialization, and not the payload. */
    static String of(EventMessage<?> event) {
        if (NetworkEvent.class.isAssignableFrom(event.getPayloadType())
                && event instanceof DomainEventMessage<?> domainEvent) {
            return "network:" + domainEvent.getAggregateIdentifier();
        }
        Object tenant = event.getMetaData().get(EventMetadata.TENANT);
        if (tenant == null) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " of type "
                    + event.getPayloadType().getSimpleName() + " carries no tenant");
        }
        return tenant.toString();
    }
}
