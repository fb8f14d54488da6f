package forum.projections.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.agreement.AgreementEvent;
import forum.core.erasure.ErasureEvent;
import forum.core.forum.ForumEvent;
import forum.core.meeting.MeetingEvent;
import forum.core.municipality.MunicipalityEvent;
import forum.core.network.NetworkEvent;
import forum.core.shared.DomainEvent;
import forum.core.training.TrainingEvent;
import forum.core.venue.VenueEvent;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Maps an event name on the topic to its record type in forum-core. The sealed interfaces of the
 * aggregates list every event, so a new event type is known here without registering it.
 */
public final class DomainEventTypes {

    private static final Map<String, Class<? extends DomainEvent>> BY_NAME = new HashMap<>();

    static {
        Stream.of(MunicipalityEvent.class, NetworkEvent.class, ForumEvent.class, MeetingEvent.class, VenueEvent.class,
                        ErasureEvent.class, AgreementEvent.class, TrainingEvent.class)
                .flatMap(DomainEventTypes::recordsUnder)
                .forEach(type -> BY_NAME.put(type.getSimpleName(), type.asSubclass(DomainEvent.class)));
    }

    /** The event records under a sealed interface, through the sealed interfaces that group some of them. */
    private static Stream<Class<?>> recordsUnder(Class<?> sealed) {
        return Stream.of(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isSealed() ? recordsUnder(type) : Stream.of(type));
    }

    private DomainEventTypes() {
    }

    public static Collection<Class<? extends DomainEvent>> all() {
        return Collections.unmodifiableCollection(BY_NAME.values());
    }

    public static Class<? extends DomainEvent> byName(String eventName) {
        Class<? extends DomainEvent> type = BY_NAME.get(eventName);
        if (type == null) {
            throw new MalformedEventException("Unknown event type " + eventName);
        }
        return type;
    }

    public static DomainEvent read(ObjectMapper json, DomainEventRecord record) {
        try {
            return json.treeToValue(record.data(), byName(record.eventName()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Event " + record.id() + " of type " + record.type()
                    + " does not match its contract: " + e.getMessage(), e);
        }
    }
}
