package forum.projections.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import forum.core.shared.PersonalData;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.SealedValues;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Seals an event's personal values (its {@link PersonalData} components) before it is stored, and opens them where
 * the event is read back: in aggregates, projections and rebuilds. Works on the event's JSON, the form it is stored
 * and sent in, so that nothing but the marked values changes.
 *
 * <p>A sealed value opens only in its own place: the associated data is the event's type, the component and the
 * subject. A value whose subject's key was erased opens as {@link PersonalData#ERASED}; a value stored in clear text
 * before sealing existed is read as it is.
 */
@Component
public class PersonalFields implements SealedValues {

    /** One personal component of an event type. */
    private record Mark(String component, String kind, String idComponent, String associatedData) {
    }

    private static final ClassValue<List<Mark>> MARKS = new ClassValue<>() {
        @Override
        protected List<Mark> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(PersonalData.class))
                    .map(component -> mark(type, component))
                    .toList();
        }
    };

    private final SubjectKeys keys;

    PersonalFields(SubjectKeys keys) {
        this.keys = keys;
    }

    /** Whether events of this type hold personal values. */
    public static boolean holdsPersonalData(Class<?> eventType) {
        return !MARKS.get(eventType).isEmpty();
    }

    /** Seals, in place, every personal value of an event of this type that is not sealed yet (nor reads as erased). */
    public void seal(Class<?> eventType, ObjectNode event) {
        for (Mark mark : MARKS.get(eventType)) {
            JsonNode value = event.get(mark.component());
            if (value != null && value.isTextual() && !SubjectKeys.isSealed(value.textValue())
                    && !PersonalData.ERASED.equals(value.textValue())) {
                String subject = subject(mark, event);
                event.put(mark.component(), keys.seal(tenant(event), subject, value.textValue(),
                        mark.associatedData() + subject));
            }
        }
    }

    /** Opens, in place, every sealed personal value of an event of this type; an erased one reads as erased. */
    public void open(Class<?> eventType, ObjectNode event) {
        open(eventType, event, keys::open);
    }

    /** How a value is opened: with its subject's key read now, or with the keys read for a batch. */
    private interface Opening {
        Optional<String> open(UUID tenant, String subject, String sealed, String associatedData);
    }

    private static void open(Class<?> eventType, ObjectNode event, Opening opening) {
        for (Mark mark : MARKS.get(eventType)) {
            JsonNode value = event.get(mark.component());
            if (value != null && value.isTextual() && SubjectKeys.isSealed(value.textValue())) {
                String subject = subject(mark, event);
                event.put(mark.component(), opening.open(tenant(event), subject, value.textValue(),
                        mark.associatedData() + subject).orElse(PersonalData.ERASED));
            }
        }
    }

    /** The records opened with their subjects' keys read at once: one statement per tenant in the batch. */
    @Override
    public List<DomainEventRecord> opened(List<DomainEventRecord> records) {
        Map<UUID, Set<String>> subjects = new HashMap<>();
        for (DomainEventRecord record : records) {
            Class<?> type = DomainEventTypes.byName(record.eventName());
            if (holdsPersonalData(type) && record.data() instanceof ObjectNode data && data.has("tenantId")) {
                subjects.computeIfAbsent(tenant(data), tenant -> new HashSet<>()).addAll(subjects(type, data));
            }
        }
        if (subjects.isEmpty()) {
            return records;
        }
        Map<UUID, OpenedKeys> keysByTenant = new HashMap<>();
        subjects.forEach((tenant, names) -> keysByTenant.put(tenant, keys.keysOf(tenant, names)));
        Opening opening = (tenant, subject, sealed, associatedData) ->
                keysByTenant.get(tenant).open(subject, sealed, associatedData);
        return records.stream().map(record -> opened(record, opening)).toList();
    }

    /** Whether the event holds a personal value in clear text: stored before sealing existed. */
    public static boolean inClearText(Class<?> eventType, JsonNode event) {
        return MARKS.get(eventType).stream().map(mark -> event.get(mark.component()))
                .anyMatch(value -> value != null && value.isTextual() && !SubjectKeys.isSealed(value.textValue())
                        && !PersonalData.ERASED.equals(value.textValue()));
    }

    /**
     * Puts {@link PersonalData#ERASED} in place of each personal value, sealed or not, whose subject the test names
     * erased (tenant, {@code <kind>:<id>}); returns how many it replaced. For values that were stored in clear text
     * before sealing existed and whose subject has been erased since: sealing them would bring them back.
     */
    public static int erase(Class<?> eventType, ObjectNode event, BiPredicate<UUID, String> erased) {
        int replaced = 0;
        for (Mark mark : MARKS.get(eventType)) {
            JsonNode value = event.get(mark.component());
            if (value != null && value.isTextual() && !PersonalData.ERASED.equals(value.textValue())
                    && erased.test(tenant(event), subject(mark, event))) {
                event.put(mark.component(), PersonalData.ERASED);
                replaced++;
            }
        }
        return replaced;
    }

    /**
     * The record as it came from the topic or the event store, its personal values opened (or "erased") for the
     * projections; the record is unchanged when its event holds none.
     */
    @Override
    public DomainEventRecord opened(DomainEventRecord record) {
        return opened(record, keys::open);
    }

    private static DomainEventRecord opened(DomainEventRecord record, Opening opening) {
        Class<?> type = DomainEventTypes.byName(record.eventName());
        if (!holdsPersonalData(type) || !(record.data() instanceof ObjectNode sealed)) {
            return record;
        }
        ObjectNode data = sealed.deepCopy();
        open(type, data, opening);
        return new DomainEventRecord(record.id(), record.type(), record.subject(), record.sequence(), record.tenantId(),
                record.time(), record.actor(), record.correlationId(), data);
    }

    /** The data subjects whose keys seal this event's personal values, as {@code <kind>:<id>}. */
    public static List<String> subjects(Class<?> eventType, JsonNode event) {
        return MARKS.get(eventType).stream().map(mark -> subject(mark, event)).distinct().toList();
    }

    private static String subject(Mark mark, JsonNode event) {
        JsonNode id = event.get(mark.idComponent());
        if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("An event's personal " + mark.component() + " has no subject id in "
                    + mark.idComponent());
        }
        return mark.kind() + ":" + UUID.fromString(id.textValue());
    }

    private static UUID tenant(JsonNode event) {
        JsonNode tenant = event.get("tenantId");
        if (tenant == null || !tenant.isTextual()) {
            throw new IllegalArgumentException("An event with personal values carries no tenantId");
        }
        return UUID.fromString(tenant.textValue());
    }

    private static Mark mark(Class<?> type, RecordComponent component) {
        PersonalData data = component.getAnnotation(PersonalData.class);
        if (data.subject().isEmpty() || data.of().isEmpty()) {
            throw new IllegalStateException(type.getSimpleName() + "." + component.getName()
                    + " is personal data without its subject (MessageContractTest)");
        }
        return new Mark(component.getName(), data.subject(), data.of(),
                type.getSimpleName() + "." + component.getName() + "/");
    }
}
