package forum.projections.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One domain event as it travels on the domain-events topic: a CloudEvents 1.0 JSON envelope.
 *
 * @param type      e.g. {@code forum.municipality.MunicipalitySignedUp.v1}
 * @param subject   the aggregate identifier
 * @param sequence  the event's sequence number within its aggregate
 * @param tenantId  the municipality the event belongs to; null for cross-tenant aggregates (networks)
 */
public record DomainEventRecord(String id, String type, String subject, long sequence, UUID tenantId,
                                Instant time, String actor, String correlationId, JsonNode data) {

    /** The event's simple name without namespace and version, e.g. {@code MunicipalitySignedUp}. */
    public String eventName() {
        String withoutVersion = type.substring(0, type.lastIndexOf('.'));
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
    }
}
