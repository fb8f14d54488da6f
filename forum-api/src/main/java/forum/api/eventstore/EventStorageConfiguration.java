package forum.api.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * Axon's JDBC storage engine as its Spring Boot configuration builds it, with the aggregates' snapshot serializer
 * (AggregateSnapshots), twice: once as the requests' role, once as the relay role for the stream of all events
 * (RequestsAndRelayStorage).
 */
@org.springframework.context.annotation.Configuration
class EventStorageConfiguration {

    @Bean
    EventRelay eventRelay(@Value("${forum.relay.datasource.url}") String url,
                          @Value("${forum.relay.datasource.username}") String username,
                          @Value("${forum.relay.datasource.password:}") String password) {
        return new EventRelay(url, username, password);
    }

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectMapper json, PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema,
                                          EventRelay relay) {
        JdbcEventStorageEngine requests = engine(eventSerializer, json, persistenceExceptionResolver, configuration,
                eventSchema).connectionProvider(connectionProvider).transactionManager(transactionManager).build();
        JdbcEventStorageEngine relayed = engine(eventSerializer, json, persistenceExceptionResolver, configuration,
                eventSchema).connectionProvider(new DataSourceConnectionProvider(relay.dataSource()))
                .transactionManager(NoTransactionManager.INSTANCE).build();
        return new RequestsAndRelayStorage(requests, relayed);
    }

    private static JdbcEventStorageEngine.Builder engine(Serializer eventSerializer, ObjectMapper json,
                                                         PersistenceExceptionResolver persistenceExceptionResolver,
                                                         Configuration configuration, EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(AggregateSnapshots.snapshotSerializer(json))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .schema(eventSchema);
    }
}
