package forum.projections.support;

import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.EventTenancy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A sample of every event type under a sealed interface, found through its permitted subclasses, so that a new
 * event type in forum-core is sampled without being listed here: each component gets a value of its type.
 */
public final class SampleEvents {

    private static final Instant AT = Instant.parse("2026-03-01T18:00:00Z");

    private SampleEvents() {
    }

    /** The event types under these sealed interfaces, nested ones included. */
    public static List<Class<? extends DomainEvent>> typesUnder(Class<?>... sealed) {
        List<Class<? extends DomainEvent>> types = new ArrayList<>();
        for (Class<?> type : sealed) {
            if (type.isSealed()) {
                types.addAll(typesUnder(type.getPermittedSubclasses()));
            } else {
                types.add(type.asSubclass(DomainEvent.class));
            }
        }
        return types;
    }

    public static <T> T sample(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> value(component.getGenericType(), component.getName())).toArray();
        Class<?>[] parameters = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameters).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No sample of " + type.getSimpleName(), e);
        }
    }

    /** The record the event would travel in; projections read the event itself, not its JSON. */
    public static DomainEventRecord recordOf(DomainEvent event) {
        String type = event.getClass().getName().replaceFirst("^forum\\.core\\.", "forum.") + ".v1";
        return new DomainEventRecord(UUID.randomUUID().toString(), type, UUID.randomUUID().toString(), 1,
                EventTenancy.tenantOf(event).orElse(null), AT, "sample-actor", UUID.randomUUID().toString(), null);
    }

    private static Object value(Type type, String name) {
        if (type instanceof ParameterizedType parameterized) {
            Object element = value(parameterized.getActualTypeArguments()[0], name);
            Type raw = parameterized.getRawType();
            if (raw == List.class) {
                return List.of(element);
            }
            if (raw == Set.class) {
                return Set.of(element);
            }
        } else if (type instanceof Class<?> plain) {
            if (plain == UUID.class) {
                return UUID.randomUUID();
            } else if (plain == String.class) {
                return "Sample " + name;
            } else if (plain == Instant.class) {
                return AT;
            } else if (plain == LocalDate.class) {
                return LocalDate.of(2026, 3, 2);
            } else if (plain == Duration.class) {
                return Duration.ofHours(2);
            } else if (plain == int.class || plain == Integer.class) {
                return 1;
            } else if (plain == long.class || plain == Long.class) {
                return 1L;
            } else if (plain == boolean.class || plain == Boolean.class) {
                return true;
            } else if (plain.isEnum()) {
                return plain.getEnumConstants()[0];
            } else if (plain.isRecord()) {
                return sample(plain);
            }
        }
        throw new IllegalArgumentException("No sample value of " + type.getTypeName() + " for " + name);
    }
}
