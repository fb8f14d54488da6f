package forum.projections.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.UUID;

/**
 * The contract between the publisher and the consumers: CloudEvents 1.0 in structured JSON mode, with
 * the Forum extension attributes {@code tenant}, {@code sequence}, {@code actor} and {@code correlationid}.
 */
public final class CloudEventEnvelope {

    public static final String SOURCE = "urn:forum:event-store";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private CloudEventEnvelope() {
    }

    /**
     * The CloudEvents type of an event class and revision, e.g. {@code forum.municipality.MunicipalitySignedUp.v1}:
     * the aggregate's package, the event's name and its revision.
     */
    public static String type(String eventClassName, String revision) {
        String pkg = eventClassName.substring(0, eventClassName.lastIndexOf('.'));
        String aggregate = pkg.substring(pkg.lastIndexOf('.') + 1);
        String name = eventClassName.substring(eventClassName.lastIndexOf('.') + 1);
        return "forum." + aggregate + "." + name + ".v" + (revision == null ? "1" : revision);
    }

    public static String write(ObjectMapper json, DomainEventRecord event) {
        ObjectNode envelope = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.id())
                .put("source", SOURCE)
                .put("type", event.type())
                .put("subject", event.subject())
                .put("time", event.time().toString())
                .put("datacontenttype", "application/json")
                .put("sequence", event.sequence());
        if (event.tenantId() != null) {
            envelope.put("tenant", event.tenantId().toString());
        }
        if (event.actor() != null) {
            envelope.put("actor", event.actor());
        }
        if (event.correlationId() != null) {
            envelope.put("correlationid", event.correlationId());
        }
        envelope.set("data", event.data());
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " cannot be written as JSON", e);
        }
    }

    public static DomainEventRecord read(ObjectMapper json, String value) {
        try {
            JsonNode envelope = json.readTree(value);
            require(envelope, "specversion");
            if (!"1.0".equals(envelope.get("specversion").asText())) {
                throw new MalformedEventException("Unsupported CloudEvents version " + envelope.get("specversion"));
            }
            JsonNode tenant = envelope.get("tenant");
            return new DomainEventRecord(
                    require(envelope, "id").asText(),
                    require(envelope, "type").asText(),
                    require(envelope, "subject").asText(),
                    require(envelope, "sequence").asLong(),
                    tenant == null || tenant.isNull() ? null : UUID.fromString(tenant.asText()),
                    Instant.parse(require(envelope, "time").asText()),
                    envelope.path("actor").asText(null),
                    envelope.path("correlationid").asText(null),
                    require(envelope, "data"));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Not a Forum CloudEvent: " + e.getMessage(), e);
        }
    }

    private static JsonNode require(JsonNode envelope, String attribute) {
        JsonNode value = envelope.get(attribute);
        if (value == null || value.isNull()) {
            throw new MalformedEventException("CloudEvent attribute '" + attribute + "' is missing");
        }
        return value;
    }
}
