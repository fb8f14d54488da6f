package forum.projections.agreement;

import forum.core.agreement.AgreementEndReason;
import forum.core.agreement.Commitment;
import forum.core.forum.ForumMethod;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AgreementView(UUID agreementId,
                            UUID venueId,
                            ForumMethod method,
                            LocalDate signedOn,
                            String signedForVenue,
                            String signedForMunicipality,
                            List<Commitment> commitments,
                            String otherCommitments,
                            int staffCount,
                            LocalDate renewalDue,
                            LocalDate renewedOn,
                            LocalDate endedOn,
                            AgreementEndReason endReason,
                            String endNote,
                            AgreementState state) {
}
