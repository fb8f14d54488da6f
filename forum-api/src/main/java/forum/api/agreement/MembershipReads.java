package forum.api.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import forum.api.access.Readers;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.api.web.SignedInMunicipality;
import forum.projections.agreement.AgreementView;
import forum.projections.agreement.Agreements;
import forum.projections.agreement.RenewalDue;

/**
 * What the JSON API and the pages read alike: dates are the municipality's, and only those who read a case's free
 * text read the signatories' names and the commitments and notes in the venue's own words.
 */
@Component
class MembershipReads {

    private final Agreements agreements;
    private final SignedInMunicipality municipality;
    private final Clock clock;

    MembershipReads(Agreements agreements, SignedInMunicipality municipality, Clock clock) {
        this.agreements = agreements;
        this.municipality = municipality;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), municipality.zone());
    }

    /** Empty for a venue the municipality does not have. */
    Optional<Membership> of(ForumUser user, UUID venueId) {
        UUID tenant = Tenants.of(user);
        LocalDate today = today();
        return agreements.standing(tenant, venueId, today).map(standing -> new Membership(standing,
                agreements.agreementsOf(tenant, venueId, today).stream().map(a -> asReadBy(user, a)).toList(),
                agreements.trainingsOf(tenant, venueId, today)));
    }

    /** The venue's agreement that renewal or ending applies to: the latest one not ended. */
    Optional<AgreementView> current(ForumUser user, UUID venueId) {
        return agreements.agreementsOf(Tenants.of(user), venueId, today()).stream()
                .filter(agreement -> agreement.endedOn() == null).findFirst();
    }

    List<RenewalDue> renewalsDueWithin(ForumUser user, int days) {
        return agreements.renewalsDueWithin(Tenants.of(user), today(), days);
    }

    private static AgreementView asReadBy(ForumUser user, AgreementView agreement) {
        if (Readers.readsCaseFreeText(user)) {
            return agreement;
        }
        return new AgreementView(agreement.agreementId(), agreement.venueId(), agreement.method(),
                agreement.signedOn(), null, null, agreement.commitments(), null, agreement.staffCount(),
                agreement.renewalDue(), agreement.renewedOn(), agreement.endedOn(), agreement.endReason(), null,
                agreement.state());
    }
}
