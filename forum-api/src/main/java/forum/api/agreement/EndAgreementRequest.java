package forum.api.agreement;

import java.time.LocalDate;

import forum.core.agreement.AgreementEndReason;
import jakarta.validation.constraints.NotNull;

record EndAgreementRequest(@NotNull LocalDate endedOn, @NotNull AgreementEndReason reason, String note) {
}
