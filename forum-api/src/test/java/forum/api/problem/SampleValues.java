package forum.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Values that an operation of the API document takes, read from its schemas: paths, query parameters, bodies. */
final class SampleValues {

    /** What to put in a path's parameters. */
    enum Ids { KNOWN_SHAPE, UNREADABLE, EMPTY_SEGMENT }

    static final Ids UNKNOWN_ID = Ids.KNOWN_SHAPE;
    static final Ids UNREADABLE_ID = Ids.UNREADABLE;
    static final Ids EMPTY_SEGMENT = Ids.EMPTY_SEGMENT;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenAPI document;

    SampleValues(OpenAPI document) {
        this.document = document;
    }

    /**
     * The path with its parameters filled: unknown ids of the right shape; or the first id unreadable (not a UUID);
     * or the first parameter empty. Required query parameters get a value of their type.
     */
    String path(String template, Operation operation, Ids ids) {
        String path = template;
        boolean spoiled = false;
        for (Parameter parameter : parameters(operation, "path")) {
            Schema<?> schema = resolve(parameter.getSchema());
            String value = isUuid(schema) ? UUID.randomUUID().toString() : "unknown-" + UUID.randomUUID();
            if (!spoiled && ids == Ids.EMPTY_SEGMENT) {
                value = "";
                spoiled = true;
            } else if (!spoiled && ids == Ids.UNREADABLE && isUuid(schema)) {
                value = "not-a-uuid";
                spoiled = true;
            }
            path = path.replace("{" + parameter.getName() + "}", value);
        }
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : parameters(operation, "query")) {
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.getName()).append('=')
                        .append(URLEncoder.encode(sample(parameter.getSchema()).asText(), StandardCharsets.UTF_8));
            }
        }
        return path + query;
    }

    /** The path parameter that {@link Ids#EMPTY_SEGMENT} leaves empty. */
    String emptiedPathParameter(Operation operation) {
        return parameters(operation, "path").stream().map(Parameter::getName).findFirst().orElse(null);
    }

    boolean hasUuidPathParameter(String template, Operation operation) {
        return uuidPathParameter(template, operation) != null;
    }

    /** The first path parameter that is a UUID: the one {@link Ids#UNREADABLE} spoils. */
    String uuidPathParameter(String template, Operation operation) {
        return parameters(operation, "path").stream().filter(p -> isUuid(resolve(p.getSchema())))
                .map(Parameter::getName).findFirst().orElse(null);
    }

    /** A body of the operation's schema with every property set to a value of its type. */
    ObjectNode body(Operation operation) {
        JsonNode body = sample(bodySchema(operation));
        return body instanceof ObjectNode object ? object : NODES.objectNode();
    }

    /** The body's top-level properties whose values are not free text: ids, times, numbers, yes/no, enums. */
    List<String> typedFields(Operation operation) {
        Schema<?> body = resolve(bodySchema(operation));
        if (body == null || body.getProperties() == null) {
            return List.of();
        }
        return body.getProperties().entrySet().stream()
                .filter(property -> isTyped(element(resolve(property.getValue()))))
                .map(Map.Entry::getKey).toList();
    }

    boolean isArray(Operation operation, String field) {
        Schema<?> body = resolve(bodySchema(operation));
        return "array".equals(type(resolve(body.getProperties().get(field))));
    }

    private Schema<?> bodySchema(Operation operation) {
        return Optional.ofNullable(operation.getRequestBody()).map(b -> b.getContent())
                .map(content -> content.get("application/json")).map(MediaType::getSchema).orElse(null);
    }

    private List<Parameter> parameters(Operation operation, String in) {
        return operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(p -> in.equals(p.getIn())).toList();
    }

    private JsonNode sample(Schema<?> unresolved) {
        Schema<?> schema = resolve(unresolved);
        if (schema == null) {
            return NODES.objectNode();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return NODES.textNode(String.valueOf(schema.getEnum().get(0)));
        }
        String type = type(schema);
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (type == null ? "object" : type) {
            case "integer", "number":
                return NODES.numberNode(schema.getMinimum() == null ? 1 : schema.getMinimum().intValue());
            case "boolean":
                return NODES.booleanNode(true);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.getItems()));
                return array;
            }
            case "string":
                return NODES.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> LocalDate.now().plusDays(30).toString();
                    case "date-time" -> Instant.now().plus(30, ChronoUnit.DAYS).toString();
                    case "duration" -> "PT2H";
                    case "email" -> "probe-" + UUID.randomUUID() + "@example.se";
                    default -> text(schema);
                });
            default: {
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> object.set(name, sample(property)));
                }
                return object;
            }
        }
    }

    private static String text(Schema<?> schema) {
        String text = "Probe value " + UUID.randomUUID();
        if (schema.getMinLength() != null && text.length() < schema.getMinLength()) {
            text = text + "x".repeat(schema.getMinLength() - text.length());
        }
        return schema.getMaxLength() != null && text.length() > schema.getMaxLength()
                ? text.substring(0, schema.getMaxLength()) : text;
    }

    private Schema<?> element(Schema<?> schema) {
        return schema != null && "array".equals(type(schema)) ? resolve(schema.getItems()) : schema;
    }

    private static boolean isTyped(Schema<?> schema) {
        if (schema == null) {
            return false;
        }
        String type = type(schema);
        return schema.getEnum() != null && !schema.getEnum().isEmpty() || "integer".equals(type)
                || "number".equals(type) || "boolean".equals(type) || isUuid(schema)
                || "date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat())
                || "duration".equals(schema.getFormat());
    }

    private static boolean isUuid(Schema<?> schema) {
        return schema != null && "uuid".equals(schema.getFormat());
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null || schema.getTypes().isEmpty() ? null : schema.getTypes().iterator().next();
    }

    private Schema<?> resolve(Schema<?> schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        return resolve(document.getComponents().getSchemas().get(name));
    }
}
