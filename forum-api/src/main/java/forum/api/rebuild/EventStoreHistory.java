package forum.api.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.api.eventstore.EventMetadata;
import forum.core.municipality.MunicipalitySignedUp;
import forum.projections.rebuild.EventHistory;
import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import jakarta.annotation.PreDestroy;
import forum.api.eventstore.EventRelay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads domain_event_entry in global-index order, in batches, as the same records the publisher sends to
 * Kafka (payloads are Jackson JSON in both).
 */
@Component
class EventStoreHistory implements EventHistory {

    private static final int BATCH = 1000;
    /** By the index domain_event_entry_by_tenant, whose expression the conditions repeat word for word. */
    private static final String OF_TENANT = "event_tenant(meta_data) = :tenant";
    private static final String OF_NO_TENANT = "event_tenant(meta_data) is null";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ExecutorService reader = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "event-history-reader");
        thread.setDaemon(true);
        return thread;
    });

    EventStoreHistory(EventRelay relay, ObjectMapper json) {
        // Every tenant's events, so as the relay role: the requests' role sees one tenant's.
        this.jdbc = relay.jdbc();
        this.json = json;
    }

    /** In the order they signed up. */
    @Override
    public List<UUID> tenants() {
        return jdbc.sql("select payload from domain_event_entry where payload_type = :type order by global_index")
                .param("type", MunicipalitySignedUp.class.getName())
                .query((row, n) -> UUID.fromString(tree(row.getBytes("payload")).get("tenantId").asText()))
                .list();
    }

    /**
     * The next page is read, on a connection of its own, while the caller applies this one: on a rebuild of one
     * large tenant, reading and parsing its history otherwise adds to the time its one transaction takes. Reading
     * outside the caller's transaction is safe because stored events never change; an event appended meanwhile
     * is either read here or delivered later by Kafka, and the positions apply it once.
     */
    @Override
    public void replay(UUID tenantId, Consumer<List<DomainEventRecord>> batches) {
        CompletableFuture<List<Row>> next = CompletableFuture.supplyAsync(() -> page(tenantId, 0), reader);
        while (true) {
            List<Row> rows = await(next);
            if (rows.isEmpty()) {
                return;
            }
            boolean last = rows.size() < BATCH;
            if (!last) {
                long after = rows.get(rows.size() - 1).globalIndex();
                next = CompletableFuture.supplyAsync(() -> page(tenantId, after), reader);
            }
            batches.accept(rows.stream().map(Row::record).toList());
            if (last) {
                return;
            }
        }
    }

    private List<Row> page(UUID tenantId, long after) {
        var query = jdbc.sql("""
                        select global_index, event_identifier, aggregate_identifier, sequence_number, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        from domain_event_entry
                        where %s and global_index > :after
                        order by global_index
                        limit :batch
                        """.formatted(tenantId == null ? OF_NO_TENANT : OF_TENANT))
                .param("after", after)
                .param("batch", BATCH);
        if (tenantId != null) {
            query = query.param("tenant", tenantId.toString());
        }
        return query.query(this::row).list();
    }

    private static List<Row> await(CompletableFuture<List<Row>> page) {
        try {
            return page.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("Reading the event history failed", failed.getCause());
        }
    }

    @PreDestroy
    void stopReading() {
        reader.shutdownNow();
    }

    private record Row(long globalIndex, DomainEventRecord record) {
    }

    private Row row(ResultSet row, int n) throws SQLException {
        JsonNode metadata = tree(row.getBytes("meta_data"));
        String tenant = text(metadata, EventMetadata.TENANT);
        return new Row(row.getLong("global_index"), new DomainEventRecord(
                row.getString("event_identifier"),
                CloudEventEnvelope.type(row.getString("payload_type"), row.getString("payload_revision")),
                row.getString("aggregate_identifier"),
                row.getLong("sequence_number"),
                tenant == null ? null : UUID.fromString(tenant),
                Instant.parse(row.getString("time_stamp")),
                text(metadata, EventMetadata.ACTOR),
                text(metadata, EventMetadata.CORRELATION),
                tree(row.getBytes("payload"))));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return bytes == null ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("An event in the store is not JSON", e);
        }
    }
}
