package forum.api.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

record RenewAgreementRequest(@NotNull LocalDate renewedOn, int staffCount) {
}
