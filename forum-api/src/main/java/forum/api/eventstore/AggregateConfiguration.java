package forum.api.eventstore;

import forum.core.agreement.Agreement;
import forum.core.agreement.EventSourcedVenueDirectory;
import forum.core.agreement.VenueDirectory;
import forum.core.forum.EventSourcedForumDirectory;
import forum.core.erasure.Erasure;
import forum.core.forum.Forum;
import forum.core.forum.ForumDirectory;
import forum.core.municipality.MunicipalityDirectory;
import forum.core.meeting.EventSourcedMeetingDirectory;
import forum.core.meeting.Meeting;
import forum.core.meeting.MeetingDirectory;
import forum.core.municipality.Municipality;
import forum.core.network.Network;
import forum.core.training.Training;
import forum.core.venue.Venue;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Registers forum-core's aggregates with Axon. forum-core stays free of Spring, so its aggregates carry
 * no Spring stereotype and are listed here instead. Each keeps its recently used aggregates in memory
 * ({@link CatchingUpRepository}), with snapshots for long streams ({@link AggregateSnapshots}).
 */
@Configuration
class AggregateConfiguration {

    static final List<Class<?>> AGGREGATES = List.of(Municipality.class, Network.class, Forum.class, Meeting.class,
            Venue.class, Erasure.class, Agreement.class, Training.class);

    @Bean
    RecentAggregates recentAggregates(@Value("${forum.aggregates.cached-per-type:10000}") int perType) {
        return new RecentAggregates(AGGREGATES, perType);
    }

    @Bean
    ConfigurerModule forumAggregates(RecentAggregates recent) {
        return configurer -> AGGREGATES.forEach(aggregate -> configurer.configureAggregate(
                repositoryOf(aggregate, recent)));
    }

    private static <A> AggregateConfigurer<A> repositoryOf(Class<A> aggregate, RecentAggregates recent) {
        return AggregateConfigurer.defaultConfiguration(aggregate).configureRepository(config ->
                CatchingUpRepository.of(aggregate, config, recent.of(aggregate), AggregateSnapshots.trigger(config)));
    }

    /** Networks ask it whether the municipality they invite signed up (inside that municipality's tenant). */
    @Bean
    MunicipalityDirectory municipalityDirectory(JdbcClient jdbc) {
        return new SignedUpMunicipalities(jdbc);
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

    /** Agreements and training records ask it whether their venue exists in their tenant. */
    @Bean
    VenueDirectory venueDirectory(EventStore eventStore) {
        return new EventSourcedVenueDirectory(eventStore);
    }
}
