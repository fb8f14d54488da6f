package forum.core.agreement;

import static forum.core.shared.Violations.conflict;
import static forum.core.shared.Violations.notFound;
import static forum.core.shared.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import forum.core.forum.ForumMethod;

class AgreementTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 1, 10);
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID VENUE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID AGREEMENT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final Set<Commitment> COMMITMENTS = Set.of(Commitment.STAFF_TRAINING, Commitment.RANDOM_DRUG_TESTS);

    private static final AgreementSigned SIGNED = new AgreementSigned(TENANT, AGREEMENT, VENUE,
            ForumMethod.KROGAR_MOT_KNARK, SIGNED_ON, "Eva Lind", "Karin Berg", COMMITMENTS, null, 12,
            LocalDate.of(2027, 1, 10));

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        // The tenant's one venue; another municipality's venue under the same id does not exist here.
        fixture.registerInjectableResource((VenueDirectory) (tenant, venue) ->
                TENANT.equals(tenant) && VENUE.equals(venue));
    }

    private static SignAgreement sign(UUID tenant, LocalDate on, Set<Commitment> commitments, String other) {
        return new SignAgreement(tenant, AGREEMENT, VENUE, ForumMethod.KROGAR_MOT_KNARK, on, "Eva Lind",
                "Karin Berg", commitments, other, 12);
    }

    @Test
    void signedAgreementIsDueForRenewalAYearLater() {
        fixture.givenNoPriorActivity()
                .when(sign(TENANT, SIGNED_ON, COMMITMENTS, null))
                .expectEvents(SIGNED);
    }

    @Test
    void cannotSignWithAnotherMunicipalitysVenue() {
        fixture.givenNoPriorActivity()
                .when(sign(OTHER_TENANT, SIGNED_ON, COMMITMENTS, null))
                .expectException(notFound("agreement.unknown-venue", "venueId"))
                .expectNoEvents();
    }

    @Test
    void anUnknownVenueIsNotFoundWhateverElseTheCommandSays() {
        fixture.givenNoPriorActivity()
                .when(sign(OTHER_TENANT, LocalDate.of(2099, 1, 1), Set.of(), null))
                .expectException(notFound("agreement.unknown-venue", "venueId"))
                .expectNoEvents();
    }

    @Test
    void cannotSignInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(sign(TENANT, LocalDate.of(2026, 11, 25), COMMITMENTS, null))
                .expectException(violation("agreement.date-in-future", "signedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotSignWithoutAnyCommitment() {
        fixture.givenNoPriorActivity()
                .when(sign(TENANT, SIGNED_ON, Set.of(), " "))
                .expectException(violation("agreement.without-commitments", "commitments"))
                .expectNoEvents();
    }

    @Test
    void canSignWithCommitmentsInOwnWordsOnly() {
        fixture.givenNoPriorActivity()
                .when(sign(TENANT, SIGNED_ON, Set.of(), "Closes the terrace at 01:00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotCommitToWhatTheMethodDoesNotOffer() {
        fixture.givenNoPriorActivity()
                .when(sign(TENANT, SIGNED_ON, Set.of(Commitment.DOOR_STAFF), null))
                .expectException(violation("agreement.commitment-not-in-method", "commitments"))
                .expectNoEvents();
    }

    @Test
    void cannotSignWithoutStaff() {
        fixture.givenNoPriorActivity()
                .when(new SignAgreement(TENANT, AGREEMENT, VENUE, ForumMethod.KROGAR_MOT_KNARK, SIGNED_ON,
                        "Eva Lind", "Karin Berg", COMMITMENTS, null, 0))
                .expectException(violation("validation.out-of-range", "staffCount"))
                .expectNoEvents();
    }

    @Test
    void cannotSignWithoutTheVenuesSignatory() {
        fixture.givenNoPriorActivity()
                .when(new SignAgreement(TENANT, AGREEMENT, VENUE, ForumMethod.KROGAR_MOT_KNARK, SIGNED_ON,
                        " ", "Karin Berg", COMMITMENTS, null, 12))
                .expectException(violation("validation.required", "signedForVenue"))
                .expectNoEvents();
    }

    @Test
    void renewalExtendsTheAgreementByAYearFromItsDueDate() {
        fixture.given(SIGNED)
                .when(new RenewAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 11, 20), 14))
                .expectEvents(new AgreementRenewed(TENANT, AGREEMENT, VENUE, LocalDate.of(2026, 11, 20), 14,
                        LocalDate.of(2028, 1, 10)));
    }

    @Test
    void cannotRenewMoreThanNinetyDaysBeforeItIsDue() {
        fixture.given(SIGNED)
                .when(new RenewAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 10, 1), 14))
                .expectException(violation("agreement.renewal-not-yet-due", "renewedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotRenewALapsedAgreement() {
        AgreementSigned lastYear = new AgreementSigned(TENANT, AGREEMENT, VENUE, ForumMethod.KROGAR_MOT_KNARK,
                LocalDate.of(2025, 10, 1), "Eva Lind", "Karin Berg", COMMITMENTS, null, 12, LocalDate.of(2026, 10, 1));
        fixture.given(lastYear)
                .when(new RenewAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 11, 20), 14))
                .expectException(violation("agreement.lapsed", "renewedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotRenewAnEndedAgreement() {
        fixture.given(SIGNED, new AgreementEnded(TENANT, AGREEMENT, VENUE, LocalDate.of(2026, 6, 1),
                        AgreementEndReason.VENUE_WITHDREW, null))
                .when(new RenewAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 11, 20), 14))
                .expectException(conflict("agreement.already-ended"))
                .expectNoEvents();
    }

    @Test
    void canEndAnAgreementWithItsReason() {
        fixture.given(SIGNED)
                .when(new EndAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 6, 1),
                        AgreementEndReason.COMMITMENTS_BROKEN, null))
                .expectEvents(new AgreementEnded(TENANT, AGREEMENT, VENUE, LocalDate.of(2026, 6, 1),
                        AgreementEndReason.COMMITMENTS_BROKEN, null));
    }

    @Test
    void anotherReasonIsExplained() {
        fixture.given(SIGNED)
                .when(new EndAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 6, 1), AgreementEndReason.OTHER, null))
                .expectException(violation("validation.required", "note"))
                .expectNoEvents();
    }

    @Test
    void cannotEndBeforeItWasSigned() {
        fixture.given(SIGNED)
                .when(new EndAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 1, 5),
                        AgreementEndReason.VENUE_WITHDREW, null))
                .expectException(violation("agreement.ends-before-last-term", "endedOn"))
                .expectNoEvents();
    }

    @Test
    void cannotEndTwice() {
        fixture.given(SIGNED, new AgreementEnded(TENANT, AGREEMENT, VENUE, LocalDate.of(2026, 6, 1),
                        AgreementEndReason.VENUE_WITHDREW, null))
                .when(new EndAgreement(TENANT, AGREEMENT, LocalDate.of(2026, 7, 1),
                        AgreementEndReason.VENUE_WITHDREW, null))
                .expectException(conflict("agreement.already-ended"))
                .expectNoEvents();
    }

    @Test
    void anotherMunicipalityCannotTouchTheAgreement() {
        fixture.given(SIGNED)
                .when(new EndAgreement(OTHER_TENANT, AGREEMENT, LocalDate.of(2026, 6, 1),
                        AgreementEndReason.VENUE_WITHDREW, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
