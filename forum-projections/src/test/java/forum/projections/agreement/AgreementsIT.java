package forum.projections.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.agreement.AgreementEnded;
import forum.core.agreement.AgreementEndReason;
import forum.core.agreement.AgreementSigned;
import forum.core.agreement.Commitment;
import forum.core.agreement.MethodStatus;
import forum.core.forum.ForumMethod;
import forum.core.training.CourseKind;
import forum.core.training.TrainingRecorded;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueRegistered;
import forum.projections.contract.DomainEventRecord;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ProjectionsIntegrationTest
class AgreementsIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @Autowired
    Feed feed;

    @Autowired
    Agreements agreements;

    @Autowired
    ObjectMapper json;

    final UUID tenant = UUID.randomUUID();
    final UUID otherTenant = UUID.randomUUID();
    final UUID member = UUID.randomUUID();
    final UUID joining = UUID.randomUUID();
    final UUID seriousIssue = UUID.randomUUID();
    final UUID ended = UUID.randomUUID();
    final UUID without = UUID.randomUUID();
    final UUID elsewhere = UUID.randomUUID();
    final UUID memberAgreement = UUID.randomUUID();
    final UUID endedAgreement = UUID.randomUUID();
    Streams streams;
    final List<DomainEventRecord> records = new ArrayList<>();

    @BeforeEach
    void venues() {
        streams = new Streams(json);
        venue(tenant, member, "Bishops Arms", LocalDate.of(2026, 1, 10), memberAgreement, 10);
        venue(tenant, joining, "Apoteket Bar", LocalDate.of(2026, 1, 10), UUID.randomUUID(), 5);
        venue(tenant, seriousIssue, "Café Centrum", LocalDate.of(2026, 1, 10), UUID.randomUUID(), 10);
        venue(tenant, ended, "Dansbanan", LocalDate.of(2026, 1, 10), endedAgreement, 10);
        venue(tenant, without, "Ekorren", null, null, 0);
        venue(otherTenant, elsewhere, "Främlingen", LocalDate.of(2026, 1, 10), UUID.randomUUID(), 10);
        records.add(streams.next(tenant, seriousIssue, T0.plusSeconds(600), new VenueIssueRegistered(tenant,
                seriousIssue, UUID.randomUUID(), IssueCategory.DRUGS, T0, IssueSource.POLICE, "Narkotika på toaletten",
                Severity.CRITICAL)));
        records.add(streams.next(tenant, endedAgreement, T0.plusSeconds(900), new AgreementEnded(tenant,
                endedAgreement, ended, LocalDate.of(2026, 6, 1), AgreementEndReason.VENUE_WITHDREW, null)));
        feed.apply(records);
    }

    /** A venue with an agreement (when signed) and a Krogar mot knark course for {@code trained} of its ten staff. */
    private void venue(UUID tenantId, UUID venue, String name, LocalDate signedOn, UUID agreement, int trained) {
        records.add(streams.next(tenantId, venue, T0, new VenueRegistered(tenantId, venue, name, name + "gatan 1",
                "T-" + name, "Krögare AB", LicenceKind.PERMANENT_PUBLIC, "11-01")));
        if (signedOn != null) {
            records.add(streams.next(tenantId, agreement, T0.plusSeconds(60), new AgreementSigned(tenantId,
                    agreement, venue, ForumMethod.KROGAR_MOT_KNARK, signedOn, "Eva Lind", "Karin Berg",
                    Set.of(Commitment.RANDOM_DRUG_TESTS), null, 10, signedOn.plusYears(1))));
        }
        if (trained > 0) {
            UUID training = UUID.randomUUID();
            records.add(streams.next(tenantId, training, T0.plusSeconds(120), new TrainingRecorded(tenantId,
                    training, venue, CourseKind.KROGAR_MOT_KNARK, null, "Länsstyrelsen", LocalDate.of(2026, 2, 1),
                    trained, LocalDate.of(2027, 1, 31))));
        }
    }

    @Test
    void aVenueWithAgreementTrainingAndNoSeriousIssueIsGreenAndSaysWhy() {
        VenueStanding standing = agreements.standing(tenant, member, TODAY).orElseThrow();

        assertThat(standing.assessment().status()).isEqualTo(MethodStatus.MEMBER);
        assertThat(standing.assessment().trainedValid()).isEqualTo(10);
        assertThat(standing.method()).isEqualTo(ForumMethod.KROGAR_MOT_KNARK);
    }

    @Test
    void tooFewTrainedIsJoiningAndASeriousOpenIssueIsOrangeToo() {
        assertThat(agreements.standing(tenant, joining, TODAY).orElseThrow().assessment().trainingCovered()).isFalse();
        assertThat(agreements.standing(tenant, joining, TODAY).orElseThrow().assessment().status())
                .isEqualTo(MethodStatus.JOINING);
        assertThat(agreements.standing(tenant, seriousIssue, TODAY).orElseThrow().assessment().noSeriousIssue())
                .isFalse();
    }

    @Test
    void endedAndLapsedAgreementsAreNotMembers() {
        assertThat(agreements.standing(tenant, ended, TODAY).orElseThrow().assessment().status())
                .isEqualTo(MethodStatus.NOT_MEMBER);
        assertThat(agreements.agreementsOf(tenant, ended, TODAY)).extracting(AgreementView::state)
                .containsExactly(AgreementState.ENDED);
        assertThat(agreements.standing(tenant, member, LocalDate.of(2027, 1, 11)).orElseThrow().assessment().status())
                .isEqualTo(MethodStatus.NOT_MEMBER);
        assertThat(agreements.agreementsOf(tenant, member, LocalDate.of(2027, 1, 11))).extracting(AgreementView::state)
                .containsExactly(AgreementState.LAPSED);
    }

    @Test
    void renewalsDueWithinTheDaysAskedFor() {
        assertThat(agreements.renewalsDueWithin(tenant, TODAY, 30)).isEmpty();
        assertThat(agreements.renewalsDueWithin(tenant, TODAY, 60)).extracting(RenewalDue::venueName)
                .containsExactly("Apoteket Bar", "Bishops Arms", "Café Centrum");
    }

    @Test
    void thePublicListShowsGreenAndOrangeVenuesOfTheMunicipalityOnly() {
        assertThat(agreements.publicList(tenant, TODAY))
                .containsExactly(new PublicVenue("Apoteket Bar", "Apoteket Bargatan 1", MethodStatus.JOINING),
                        new PublicVenue("Bishops Arms", "Bishops Armsgatan 1", MethodStatus.MEMBER),
                        new PublicVenue("Café Centrum", "Café Centrumgatan 1", MethodStatus.JOINING));
        assertThat(agreements.standing(tenant, elsewhere, TODAY)).isEmpty();
        assertThat(agreements.agreementsOf(tenant, elsewhere, TODAY)).isEmpty();
    }
}
