package forum.core.agreement;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.forum.ForumMethod;
import forum.core.shared.PersonalData;

/** The agreement is in force from {@code signedOn} until {@code renewalDue}, a year later unless renewed. */
@Revision("1")
public record AgreementSigned(UUID tenantId,
                              UUID agreementId,
                              UUID venueId,
                              ForumMethod method,
                              LocalDate signedOn,
                              @PersonalData(subject = "agreement", of = "agreementId") String signedForVenue,
                              @PersonalData(subject = "agreement", of = "agreementId") String signedForMunicipality,
                              Set<Commitment> commitments,
                              @PersonalData(subject = "agreement", of = "agreementId") String otherCommitments,
                              int staffCount,
                              LocalDate renewalDue) implements AgreementEvent {
}
