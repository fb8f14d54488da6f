package forum.api.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import forum.projections.personaldata.PersonalFields;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Axon's event serializer, sealing each event's personal values as it is stored and opening them as it is read back
 * (PersonalFields): the event store, and the Kafka records written from its stored form, hold only sealed values,
 * while aggregates see clear text (or "erased"). Every other message passes through unchanged.
 */
final class PersonalDataSerializer implements Serializer {

    private final JacksonSerializer jackson;
    private final ObjectProvider<PersonalFields> provider;
    private volatile PersonalFields fields;

    PersonalDataSerializer(JacksonSerializer jackson, ObjectProvider<PersonalFields> fields) {
        this.jackson = jackson;
        this.provider = fields;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !PersonalFields.holdsPersonalData(object.getClass())) {
            return jackson.serialize(object, expectedRepresentation);
        }
        ObjectNode event = jackson.getObjectMapper().valueToTree(object);
        fields().seal(object.getClass(), event);
        return getConverter().convert(
                new SimpleSerializedObject<>(event, JsonNode.class, typeForClass(object.getClass())),
                expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        Class<?> type = classForType(serialized.getType());
        if (!PersonalFields.holdsPersonalData(type)) {
            return jackson.deserialize(serialized);
        }
        JsonNode stored = getConverter().convert(serialized, JsonNode.class).getData();
        ObjectNode event = (ObjectNode) stored.deepCopy();
        fields().open(type, event);
        return jackson.deserialize(new SimpleSerializedObject<>(event, JsonNode.class, serialized.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }

    private PersonalFields fields() {
        PersonalFields known = fields;
        if (known == null) {
            known = provider.getObject();
            fields = known;
        }
        return known;
    }
}
