package forum.api.eventstore;

import forum.api.eventstore.EventRelay;
import forum.api.support.ForumIntegrationTest;
import forum.core.network.CreateNetwork;
import forum.core.municipality.Country;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pitfalls of Axon's relational event store, checked on the schema Flyway made. */
@ForumIntegrationTest
class EventStoreSchemaIT {

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Autowired
    CommandGateway commands;

    @Test
    void payloadsMetadataAndTokensAreByteaNeverLargeObjects() {
        List<String> binaryColumns = jdbc.sql("""
                        select table_name || '.' || column_name || ':' || data_type from information_schema.columns
                        where table_schema = 'public' and column_name in ('payload', 'meta_data', 'token')
                        order by 1
                        """).query(String.class).list();

        assertThat(binaryColumns).containsExactly(
                "domain_event_entry.meta_data:bytea", "domain_event_entry.payload:bytea",
                "snapshot_event_entry.meta_data:bytea", "snapshot_event_entry.payload:bytea",
                "token_entry.token:bytea");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = 'public' and udt_name = 'oid'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void eventsAreFoundByAggregateAndSequenceAndByEventIdentifierThroughUniqueIndexes() {
        List<String> uniqueIndexes = relay.jdbc().sql("""
                        select pg_get_indexdef(indexrelid) from pg_index
                        where indrelid = 'domain_event_entry'::regclass and indisunique
                        """).query(String.class).list();

        assertThat(uniqueIndexes).anyMatch(def -> def.contains("(aggregate_identifier, sequence_number)"))
                .anyMatch(def -> def.contains("(event_identifier)"))
                .anyMatch(def -> def.contains("(global_index)"));
    }

    @Test
    void globalIndexHasNoGapsWhenEventsAreAppendedOneAfterAnother() {
        long before = maxGlobalIndex();

        IntStream.range(0, 25).forEach(i -> commands.sendAndWait(
                new CreateNetwork(UUID.randomUUID(), "Gap check network " + i, Country.NO)));

        List<Long> appended = relay.jdbc().sql("select global_index from domain_event_entry where global_index > :before order by 1")
                .param("before", before).query(Long.class).list();
        assertThat(appended).hasSizeGreaterThanOrEqualTo(25);
        assertThat(appended.get(appended.size() - 1) - appended.get(0) + 1).isEqualTo(appended.size());
    }

    private long maxGlobalIndex() {
        return relay.jdbc().sql("select coalesce(max(global_index), 0) from domain_event_entry").query(Long.class).single();
    }
}
