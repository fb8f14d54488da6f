package forum.core;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import forum.core.shared.DomainEvent;
import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

/**
 * Guards the message contract by reflection over every record in forum.core, so a new message is checked without
 * being listed here: each text component must be classified as personal data or not, and annotated accordingly.
 */
class MessageContractTest {

    /** Components that can hold a person's name, contact details or free text about people. */
    private static final Set<String> PERSONAL = Set.of("coordinatorName", "coordinatorEmail", "personName", "email",
            "phone", "licenceHolder", "description", "text", "reason", "rationale", "resolution", "what",
            "signedForVenue", "signedForMunicipality", "otherCommitments", "note");

    /** Text components known to hold no personal data. */
    private static final Set<String> NOT_PERSONAL = Set.of("name", "municipalityKey", "officialCode", "organisation",
            "location", "agenda", "address", "subjects", "licenceNumber", "servingHours", "authorityReference",
            "breachType", "breachPoints", "statutorySanctions", "source", "courseName", "provider");

    private static final Set<Class<?>> PLAIN_TYPES = Set.of(UUID.class, String.class, Instant.class, LocalDate.class,
            Duration.class, int.class, long.class, boolean.class);

    private static final List<Class<?>> RECORDS = CoreRecords.ALL;

    private static List<Class<?>> events() {
        return RECORDS.stream().filter(DomainEvent.class::isAssignableFrom).toList();
    }

    @Test
    void everyTextComponentIsClassifiedAndPersonalOnesAreAnnotated() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : RECORDS) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (!holdsText(component.getGenericType())) {
                    continue;
                }
                String where = type.getSimpleName() + "." + component.getName();
                boolean annotated = component.isAnnotationPresent(PersonalData.class);
                if (PERSONAL.contains(component.getName()) && !annotated) {
                    problems.add(where + " holds personal data but lacks @PersonalData");
                } else if (NOT_PERSONAL.contains(component.getName()) && annotated) {
                    problems.add(where + " is marked @PersonalData but is classified as not personal");
                } else if (!PERSONAL.contains(component.getName()) && !NOT_PERSONAL.contains(component.getName())) {
                    problems.add(where + " is not classified: add it to PERSONAL or NOT_PERSONAL");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void personalDataOfTheFirstWaveIsMarked() {
        assertThat(events()).hasSizeGreaterThanOrEqualTo(23);
        assertThat(RECORDS.stream()
                .flatMap(type -> Arrays.stream(type.getRecordComponents()))
                .filter(component -> component.isAnnotationPresent(PersonalData.class))
                .map(RecordComponent::getName))
                .containsAll(Set.of("coordinatorName", "coordinatorEmail", "personName", "email", "licenceHolder",
                        "description", "text", "reason", "rationale", "resolution", "what"));
    }

    @Test
    void everyPersonalValueOfAnEventNamesItsSubjectByAnIdOfTheEvent() {
        List<String> problems = new ArrayList<>();
        for (Class<?> event : events()) {
            for (RecordComponent component : event.getRecordComponents()) {
                PersonalData mark = component.getAnnotation(PersonalData.class);
                if (mark == null) {
                    continue;
                }
                String where = event.getSimpleName() + "." + component.getName();
                if (component.getType() != String.class) {
                    problems.add(where + " is personal but not a text, which is all that is sealed");
                }
                if (!mark.subject().matches("[a-z]+(-[a-z]+)*")) {
                    problems.add(where + " names no kind of data subject (subject = \"member\", ...)");
                }
                if (Arrays.stream(event.getRecordComponents())
                        .noneMatch(c -> c.getName().equals(mark.of()) && c.getType() == UUID.class)) {
                    problems.add(where + " takes its subject's id from " + mark.of() + ", not a UUID of the event");
                }
                if (Arrays.stream(event.getRecordComponents())
                        .noneMatch(c -> c.getName().equals("tenantId") && c.getType() == UUID.class)) {
                    problems.add(where + " is personal in an event without a tenantId, whose keys are the tenant's");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEventIsARecordWithRevisionOne() {
        assertThat(events()).allSatisfy(event ->
                assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull()
                        .extracting(Revision::value).isEqualTo("1"));
    }

    @Test
    void eventsHoldOnlyPlainSerializableValues() {
        List<String> problems = new ArrayList<>();
        for (Class<?> event : events()) {
            for (RecordComponent component : event.getRecordComponents()) {
                if (!isPlain(component.getGenericType())) {
                    problems.add(event.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void tenantCommandsCarryTheTenantFirst() {
        List<Class<?>> commands = RECORDS.stream().filter(TenantCommand.class::isAssignableFrom).toList();

        assertThat(commands).hasSizeGreaterThanOrEqualTo(22).allSatisfy(command -> {
            RecordComponent first = command.getRecordComponents()[0];
            assertThat(first.getName()).as(command.getSimpleName()).isEqualTo("tenantId");
            assertThat(first.getType()).isEqualTo(UUID.class);
        });
    }

    private static boolean holdsText(Type type) {
        return type == String.class || type instanceof ParameterizedType parameterized
                && Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(t -> t == String.class);
    }

    private static boolean isPlain(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            return (raw == List.class || raw == Set.class)
                    && Arrays.stream(parameterized.getActualTypeArguments()).allMatch(MessageContractTest::isPlain);
        }
        if (!(type instanceof Class<?> plain)) {
            return false;
        }
        if (plain.isRecord()) {
            return Arrays.stream(plain.getRecordComponents()).allMatch(c -> isPlain(c.getGenericType()));
        }
        return PLAIN_TYPES.contains(plain) || plain.isEnum();
    }
}
