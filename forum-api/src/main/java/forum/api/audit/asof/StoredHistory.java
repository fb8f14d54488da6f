package forum.api.audit.asof;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.SealedValues;
import forum.projections.runtime.TenantScope;

/**
 * The events of one aggregate up to an instant, read from domain_event_entry as the requests' database role under
 * the caller's municipality: row-level security shows another municipality's aggregate as having no events. Personal
 * values are opened with their subjects' keys; a value whose key was erased reads as erased.
 */
@Component
class StoredHistory {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final SealedValues sealed;
    private final ObjectMapper json;

    StoredHistory(JdbcClient jdbc, TenantScope tenantScope, SealedValues sealed, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.sealed = sealed;
        this.json = json;
    }

    /** The aggregate's events stored at or before {@code asOf}, in its own order; empty when it did not exist yet. */
    @Transactional(readOnly = true)
    public List<Past> until(UUID tenantId, UUID aggregateId, Instant asOf) {
        tenantScope.enter(tenantId);
        // time_stamp is ISO text whose fraction varies in length, so it is compared as an instant here, not in SQL;
        // an aggregate's events are stored in time order, so the first one after the instant ends the history.
        List<DomainEventRecord> records = jdbc.sql("""
                        select event_identifier, aggregate_identifier, sequence_number, time_stamp, payload_type,
                               payload_revision, payload
                        from domain_event_entry
                        where aggregate_identifier = :aggregate
                        order by sequence_number
                        """)
                .param("aggregate", aggregateId.toString())
                .query((row, n) -> new DomainEventRecord(row.getString("event_identifier"),
                        CloudEventEnvelope.type(row.getString("payload_type"), row.getString("payload_revision")),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), tenantId,
                        Instant.parse(row.getString("time_stamp")), null, null, tree(row.getBytes("payload"))))
                .list().stream().takeWhile(record -> !record.time().isAfter(asOf)).toList();
        return sealed.opened(records).stream()
                .map(record -> new Past(record.time(), DomainEventTypes.read(json, record))).toList();
    }

    /** Whether the municipality has an aggregate of this id that began with an event of this type, at any time. */
    @Transactional(readOnly = true)
    public boolean began(UUID tenantId, UUID aggregateId, Class<?> firstEvent) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select payload_type from domain_event_entry
                        where aggregate_identifier = :aggregate and sequence_number = 0
                        """)
                .param("aggregate", aggregateId.toString())
                .query(String.class).optional().filter(firstEvent.getName()::equals).isPresent();
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException notJson) {
            throw new IllegalStateException("An event in the store is not JSON", notJson);
        }
    }
}
