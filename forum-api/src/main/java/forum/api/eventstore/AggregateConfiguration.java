package forum.api.eventstore;

import forum.core.forum.EventSourcedForumDirectory;
import forum.core.forum.Forum;
import forum.core.forum.ForumDirectory;
import forum.core.meeting.EventSourcedMeetingDirectory;
import forum.core.meeting.Meeting;
import forum.core.meeting.MeetingDirectory;
import forum.core.municipality.Municipality;
import forum.core.network.Network;
import forum.core.venue.Venue;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Registers forum-core's aggregates with Axon. forum-core stays free of Spring, so its aggregates carry
 * no Spring stereotype and are listed here instead.
 */
@Configuration
class AggregateConfiguration {

    static final List<Class<?>> AGGREGATES = List.of(Municipality.class, Network.class, Forum.class, Meeting.class,
            Venue.class);

    @Bean
    ConfigurerModule forumAggregates() {
        return configurer -> AGGREGATES.forEach(
                aggregate -> configurer.configureAggregate(AggregateSnapshots.snapshotted(aggregate)));
    }

    /** Meetings ask it whether their forum exists in their tenant and who its members are. */
    @Bean
    ForumDirectory forumDirectory(EventStore eventStore) {
        return new EventSourcedForumDirectory(eventStore);
    }

    /** Venues ask it whether the meeting a recommendation names exists in their tenant. */
    @Bean
    MeetingDirectory meetingDirectory(EventStore eventStore) {
        return new EventSourcedMeetingDirectory(eventStore);
    }
}
