package forum.core.training;

import static forum.core.shared.Violations.notFound;
import static forum.core.shared.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import forum.core.agreement.VenueDirectory;

class TrainingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate HELD = LocalDate.of(2026, 9, 15);
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID VENUE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID TRAINING = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    private FixtureConfiguration<Training> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Training.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((VenueDirectory) (tenant, venue) ->
                TENANT.equals(tenant) && VENUE.equals(venue));
    }

    private static RecordTraining record(UUID tenant, CourseKind kind, String name, LocalDate on, int staff,
                                         Integer months) {
        return new RecordTraining(tenant, TRAINING, VENUE, kind, name, "Länsstyrelsen Värmland", on, staff, months);
    }

    @Test
    void krogarMotKnarkTrainingIsValidForAYear() {
        fixture.givenNoPriorActivity()
                .when(record(TENANT, CourseKind.KROGAR_MOT_KNARK, null, HELD, 9, null))
                .expectEvents(new TrainingRecorded(TENANT, TRAINING, VENUE, CourseKind.KROGAR_MOT_KNARK, null,
                        "Länsstyrelsen Värmland", HELD, 9, LocalDate.of(2027, 9, 14)));
    }

    @Test
    void responsibleAlcoholServiceIsValidForThreeYears() {
        fixture.givenNoPriorActivity()
                .when(record(TENANT, CourseKind.ALCOHOL_RESPONSIBILITY, null, HELD, 4, null))
                .expectEvents(new TrainingRecorded(TENANT, TRAINING, VENUE, CourseKind.ALCOHOL_RESPONSIBILITY, null,
                        "Länsstyrelsen Värmland", HELD, 4, LocalDate.of(2029, 9, 14)));
    }

    @Test
    void anotherCourseStatesItsNameAndValidity() {
        fixture.givenNoPriorActivity()
                .when(record(TENANT, CourseKind.OTHER, "Första hjälpen", HELD, 4, 6))
                .expectEvents(new TrainingRecorded(TENANT, TRAINING, VENUE, CourseKind.OTHER, "Första hjälpen",
                        "Länsstyrelsen Värmland", HELD, 4, LocalDate.of(2027, 3, 14)));
    }

    @Test
    void anotherCourseWithoutValidityIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(TENANT, CourseKind.OTHER, "Första hjälpen", HELD, 4, null))
                .expectException(violation("validation.required", "validMonths"))
                .expectNoEvents();
    }

    @Test
    void aKnownCourseKeepsItsOwnValidity() {
        fixture.givenNoPriorActivity()
                .when(record(TENANT, CourseKind.KROGAR_MOT_KNARK, null, HELD, 4, 48))
                .expectException(violation("training.kind-has-its-own-validity", "validMonths"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordATrainingNotYetHeld() {
        fixture.givenNoPriorActivity()
                .when(record(TENANT, CourseKind.KROGAR_MOT_KNARK, null, LocalDate.of(2026, 12, 1), 4, null))
                .expectException(violation("training.held-in-future", "trainedOn"))
                .expectNoEvents();
    }

    @Test
    void atLeastOneOfTheStaffWasTrained() {
        fixture.givenNoPriorActivity()
                .when(record(TENANT, CourseKind.KROGAR_MOT_KNARK, null, HELD, 0, null))
                .expectException(violation("validation.out-of-range", "staffTrained"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTrainingAtAnotherMunicipalitysVenue() {
        fixture.givenNoPriorActivity()
                .when(record(OTHER_TENANT, CourseKind.KROGAR_MOT_KNARK, null, HELD, 4, null))
                .expectException(notFound("training.unknown-venue", "venueId"))
                .expectNoEvents();
    }
}
