package forum.core.venue;

import static forum.core.shared.Violations.violation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A licensing decision may name the breach it answers, so that Norway's penalty points can be summed. */
class DecisionBreachTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID VENUE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID DECISION = UUID.fromString("00000000-0000-0000-0000-0000000000e3");
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate COMMITTED = LocalDate.of(2026, 11, 14);
    private static final VenueRegistered REGISTERED = new VenueRegistered(TENANT, VENUE, "Kaia Pub", "Kaia 1",
            "1835-2024-3", "Kaia Drift AS", LicenceKind.PERMANENT_PUBLIC, "Man-Lør 12:00-02:00");

    private FixtureConfiguration<Venue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Venue.class);
    }

    private static RecordLicensingDecision decide(String breachType, LocalDate committedOn) {
        return new RecordLicensingDecision(TENANT, VENUE, DECISION, null, DecisionOutcome.WARNING, FROM, null,
                "SAK 2026/88", breachType, committedOn);
    }

    @Test
    void aDecisionNamesTheBreachItAnswers() {
        fixture.given(REGISTERED)
                .when(decide("minors", COMMITTED))
                .expectEvents(new LicensingDecisionRecorded(TENANT, VENUE, DECISION, null, DecisionOutcome.WARNING,
                        FROM, null, "SAK 2026/88", "minors", COMMITTED));
    }

    @Test
    void aDecisionWithoutABreachRecordsNone() {
        fixture.given(REGISTERED)
                .when(decide(null, null))
                .expectEvents(new LicensingDecisionRecorded(TENANT, VENUE, DECISION, null, DecisionOutcome.WARNING,
                        FROM, null, "SAK 2026/88"));
    }

    @Test
    void aBreachNeedsTheDayItWasCommitted() {
        fixture.given(REGISTERED)
                .when(decide("minors", null))
                .expectException(violation("validation.required", "breachCommittedOn"))
                .expectNoEvents();
    }

    @Test
    void aDayNeedsItsBreachType() {
        fixture.given(REGISTERED)
                .when(decide(null, COMMITTED))
                .expectException(violation("validation.required", "breachType"))
                .expectNoEvents();
    }

    @Test
    void cannotNameABreachTheRulesDoNotKnow() {
        fixture.given(REGISTERED)
                .when(decide("loud-music", COMMITTED))
                .expectException(violation("venue.unknown-breach-type", "breachType"))
                .expectNoEvents();
    }

    @Test
    void cannotNameABreachCommittedBeforeThePenaltyPointsApplied() {
        fixture.given(REGISTERED)
                .when(decide("minors", LocalDate.of(2015, 12, 31)))
                .expectException(violation("venue.unknown-breach-type", "breachType"))
                .expectNoEvents();
    }

    @Test
    void cannotNameABreachCommittedAfterTheDecisionTakesEffect() {
        fixture.given(REGISTERED)
                .when(decide("minors", FROM.plusDays(1)))
                .expectException(violation("venue.breach-after-decision", "breachCommittedOn"))
                .expectNoEvents();
    }
}
