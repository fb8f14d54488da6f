package forum.core.venue;

import static forum.core.shared.Violations.conflict;
import static forum.core.shared.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A venue's details change and the venue closes; its history keeps every version. */
class VenueRegisterOverTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID VENUE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final LocalDate JANUARY_1 = LocalDate.of(2027, 1, 1);
    private static final LocalDate DECEMBER_31 = LocalDate.of(2028, 12, 31);

    private static final VenueRegistered REGISTERED = new VenueRegistered(TENANT, VENUE, "Bar Nord", "Storgatan 1",
            "SE-2024-117", "Nord Krog AB", LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00");
    private static final VenueClosed CLOSED = new VenueClosed(TENANT, VENUE, LocalDate.of(2026, 11, 30),
            VenueClosureReason.LICENCE_SURRENDERED);

    private FixtureConfiguration<Venue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Venue.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static UpdateVenueDetails update(String holder, String hours, LocalDate from, LocalDate to) {
        return new UpdateVenueDetails(TENANT, VENUE, "Bar Nord", "Storgatan 1", holder,
                LicenceKind.PERMANENT_PUBLIC, hours, from, to);
    }

    @Test
    void canChangeLicenceHolderAndServingHoursInOneUpdate() {
        fixture.given(REGISTERED)
                .when(update("Søderberg & Åkesson HB", "Mon-Sun 11:00-01:00", null, null))
                .expectEvents(new VenueDetailsUpdated(TENANT, VENUE,
                        Set.of(VenueDetail.LICENCE_HOLDER, VenueDetail.SERVING_HOURS), "Bar Nord", "Storgatan 1",
                        "Søderberg & Åkesson HB", LicenceKind.PERMANENT_PUBLIC, "Mon-Sun 11:00-01:00", null, null))
                .expectResultMessagePayload(Set.of(VenueDetail.LICENCE_HOLDER, VenueDetail.SERVING_HOURS));
    }

    @Test
    void canSetTheLicencePeriod() {
        fixture.given(REGISTERED)
                .when(update("Nord Krog AB", "Mon-Sat 11:00-03:00", JANUARY_1, DECEMBER_31))
                .expectEvents(new VenueDetailsUpdated(TENANT, VENUE, Set.of(VenueDetail.LICENCE_PERIOD), "Bar Nord",
                        "Storgatan 1", "Nord Krog AB", LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00",
                        JANUARY_1, DECEMBER_31));
    }

    @Test
    void canBeRegisteredWithItsLicencePeriodInOneEvent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVenue(TENANT, VENUE, "Bar Nord", "Storgatan 1", "SE-2024-117", "Nord Krog AB",
                        LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00", JANUARY_1, DECEMBER_31))
                .expectEvents(new VenueRegistered(TENANT, VENUE, "Bar Nord", "Storgatan 1", "SE-2024-117",
                        "Nord Krog AB", LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00", JANUARY_1, DECEMBER_31));
    }

    @Test
    void aVenueRegisteredWithItsPeriodComparesUpdatesWithIt() {
        fixture.given(new VenueRegistered(TENANT, VENUE, "Bar Nord", "Storgatan 1", "SE-2024-117", "Nord Krog AB",
                        LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00", JANUARY_1, DECEMBER_31))
                .when(update("Nord Krog AB", "Mon-Sat 11:00-03:00", JANUARY_1, DECEMBER_31))
                .expectNoEvents()
                .expectResultMessagePayload(Set.of());
    }

    @Test
    void cannotBeRegisteredWithALicenceThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVenue(TENANT, VENUE, "Bar Nord", "Storgatan 1", "SE-2024-117", "Nord Krog AB",
                        LicenceKind.PERMANENT_PUBLIC, "Mon-Sat 11:00-03:00", DECEMBER_31, JANUARY_1))
                .expectNoEvents()
                .expectException(violation("venue.licence-ends-before-it-starts", "licenceValidTo"));
    }

    @Test
    void sameDetailsAgainChangeNothing() {
        fixture.given(REGISTERED)
                .when(update("Nord Krog AB", "Mon-Sat 11:00-03:00", null, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(Set.of())
                .expectNoEvents();
    }

    @Test
    void updateComparesWithTheLatestDetails() {
        fixture.given(REGISTERED, new VenueDetailsUpdated(TENANT, VENUE, Set.of(VenueDetail.SERVING_HOURS),
                        "Bar Nord", "Storgatan 1", "Nord Krog AB", LicenceKind.PERMANENT_PUBLIC, "Fri-Sat 18:00-02:00",
                        null, null))
                .when(update("Nord Krog AB", "Fri-Sat 18:00-02:00", null, null))
                .expectNoEvents();
    }

    @Test
    void cannotUpdateWithoutLicenceHolder() {
        fixture.given(REGISTERED)
                .when(update(" ", "Mon-Sat 11:00-03:00", null, null))
                .expectException(violation("validation.required", "licenceHolder"))
                .expectNoEvents();
    }

    @Test
    void cannotSetALicencePeriodEndingBeforeItStarts() {
        fixture.given(REGISTERED)
                .when(update("Nord Krog AB", "Mon-Sat 11:00-03:00", DECEMBER_31, JANUARY_1))
                .expectException(violation("venue.licence-ends-before-it-starts", "licenceValidTo"))
                .expectNoEvents();
    }

    @Test
    void canCloseVenue() {
        fixture.given(REGISTERED)
                .when(new CloseVenue(TENANT, VENUE, LocalDate.of(2026, 11, 30), VenueClosureReason.LICENCE_SURRENDERED))
                .expectEvents(CLOSED);
    }

    @Test
    void cannotCloseVenueWithoutReason() {
        fixture.given(REGISTERED)
                .when(new CloseVenue(TENANT, VENUE, LocalDate.of(2026, 11, 30), null))
                .expectException(violation("validation.required", "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotCloseVenueTwice() {
        fixture.given(REGISTERED, CLOSED)
                .when(new CloseVenue(TENANT, VENUE, LocalDate.of(2026, 12, 1), VenueClosureReason.OTHER))
                .expectException(conflict("venue.already-closed"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterIssueAtClosedVenue() {
        fixture.given(REGISTERED, CLOSED)
                .when(new RegisterVenueIssue(TENANT, VENUE, UUID.randomUUID(), IssueCategory.DISORDER,
                        Instant.parse("2026-11-19T23:00:00Z"), IssueSource.POLICE, "Fight at the door",
                        Severity.MEDIUM))
                .expectException(conflict("venue.closed"))
                .expectNoEvents();
    }

    @Test
    void cannotUpdateClosedVenue() {
        fixture.given(REGISTERED, CLOSED)
                .when(update("Nord Krog AB", "Mon-Sun 11:00-01:00", null, null))
                .expectException(conflict("venue.closed"))
                .expectNoEvents();
    }
}
