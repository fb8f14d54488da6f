package forum.api.publishing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PublisherConfiguration {

    /** Named in application.yml as the publisher's sequencing policy. */
    @Bean
    SequencingPolicy<EventMessage<?>> partitionKeySequencing() {
        return PartitionKey::of;
    }
}
