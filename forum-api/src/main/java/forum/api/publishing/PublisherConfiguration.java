package forum.api.publishing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PublisherConfiguration {

    /**
     * A failed publication must stop the publisher, not be logged and skipped (Axon's default): the
     * batch rolls back, the segment is released and retried from its stored token.
     */
    @Bean
    ConfigurerModule publisherStopsOnFailure() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                KafkaEventPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /** Named in application.yml as the publisher's source: the event store, with a signal on new events. */
    @Bean
    SignallingEventSource committedEvents(EventStore eventStore) {
        return new SignallingEventSource(eventStore);
    }

    /** Named in application.yml as the publisher's sequencing policy. */
    @Bean
    SequencingPolicy<EventMessage<?>> partitionKeySequencing() {
        return PartitionKey::of;
    }
}
