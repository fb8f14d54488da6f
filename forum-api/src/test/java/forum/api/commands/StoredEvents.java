package forum.api.commands;

import java.util.List;
import java.util.UUID;

import forum.api.eventstore.EventRelay;

/**
 * Reads one aggregate's rows of the event store, with the metadata every event must carry; as the relay role, which
 * sees every tenant's events.
 */
public final class StoredEvents {

    public record Row(long sequenceNumber, String payloadType, String tenantId, String userId, String correlationId) {
    }

    private StoredEvents() {
    }

    public static List<Row> of(EventRelay relay, Object aggregateId) {
        return relay.jdbc().sql("""
                        select sequence_number, payload_type,
                               convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' as tenant_id,
                               convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as user_id,
                               convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' as correlation_id
                        from domain_event_entry where aggregate_identifier = :id order by sequence_number
                        """)
                .param("id", aggregateId.toString())
                .query((row, n) -> new Row(row.getLong("sequence_number"), row.getString("payload_type"),
                        row.getString("tenant_id"), row.getString("user_id"), row.getString("correlation_id")))
                .list();
    }

    public static long count(EventRelay relay, Object aggregateId) {
        return relay.jdbc().sql("select count(*) from domain_event_entry where aggregate_identifier = :id")
                .param("id", aggregateId.toString()).query(Long.class).single();
    }

    public static long count(EventRelay relay, Object aggregateId, Class<?> eventType) {
        return relay.jdbc().sql("select count(*) from domain_event_entry where aggregate_identifier = :id and payload_type = :type")
                .param("id", aggregateId.toString()).param("type", eventType.getName()).query(Long.class).single();
    }

    /** Events of a type across all aggregates of a tenant: shows that a retry created nothing new. */
    public static long countInTenant(EventRelay relay, Class<?> eventType, UUID tenantId) {
        return relay.jdbc().sql("""
                        select count(*) from domain_event_entry
                        where payload_type = :type and convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' = :tenant
                        """)
                .param("type", eventType.getName()).param("tenant", tenantId.toString()).query(Long.class).single();
    }
}
