package forum.api.agreement;

import java.time.LocalDate;
import java.util.Set;

import forum.core.agreement.Commitment;
import forum.core.forum.ForumMethod;
import jakarta.validation.constraints.NotNull;

record SignAgreementRequest(@NotNull ForumMethod method, @NotNull LocalDate signedOn, String signedForVenue,
                            String signedForMunicipality, @NotNull Set<Commitment> commitments,
                            String otherCommitments, int staffCount) {
}
