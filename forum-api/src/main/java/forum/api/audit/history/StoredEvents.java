package forum.api.audit.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.api.eventstore.EventMetadata;
import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;

/**
 * Reads a municipality's events from the event store (domain_event_entry) as the requests' role, whose row-level
 * security shows the tenant the transaction entered: the caller enters it first. Pages by position (global_index),
 * never by offset, so that a page read while events are appended neither repeats nor skips one.
 */
@Component
class StoredEvents {

    /** A stored event, its position and aggregate type beside the record the rest of the application reads. */
    record Stored(long position, String aggregateType, DomainEventRecord record) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    StoredEvents(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Up to {@code limit} events of the tenant matching the query, in its order, after its position. */
    List<Stored> page(UUID tenantId, HistoryQuery query, int limit) {
        // The tenant's condition repeats the index domain_event_entry_by_tenant's expression word for word.
        StringBuilder sql = new StringBuilder("""
                select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data
                from domain_event_entry
                where event_tenant(meta_data) = :tenant
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenantId.toString());
        if (query.after() != null) {
            sql.append(query.newestFirst() ? " and global_index < :after" : " and global_index > :after");
            params.put("after", query.after());
        }
        if (query.person() != null) {
            // An account acts (the metadata's actor); a data subject is named by id in the event's payload.
            sql.append(" and (convert_from(meta_data, 'UTF8')::jsonb ->> '").append(EventMetadata.ACTOR)
                    .append("' = :person or strpos(convert_from(payload, 'UTF8'), :person) > 0)");
            params.put("person", query.person().toString());
        }
        if (query.aggregateId() != null) {
            sql.append(" and aggregate_identifier = :aggregate");
            params.put("aggregate", query.aggregateId());
        }
        if (query.aggregateType() != null) {
            sql.append(" and type = :aggregateType");
            params.put("aggregateType", query.aggregateType());
        }
        if (query.kind() != null) {
            sql.append(" and payload_type = :kind");
            params.put("kind", DomainEventTypes.byName(query.kind()).getName());
        }
        if (query.from() != null) {
            sql.append(" and time_stamp::timestamptz >= :from");
            params.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" and time_stamp::timestamptz < :to");
            params.put("to", query.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(query.newestFirst() ? " order by global_index desc" : " order by global_index").append(" limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    private Stored row(ResultSet row, int n) throws SQLException {
        JsonNode metadata = tree(row.getBytes("meta_data"));
        String tenant = text(metadata, EventMetadata.TENANT);
        return new Stored(row.getLong("global_index"), row.getString("type"), new DomainEventRecord(
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
        } catch (IOException notJson) {
            throw new UncheckedIOException("An event in the store is not JSON", notJson);
        }
    }
}
