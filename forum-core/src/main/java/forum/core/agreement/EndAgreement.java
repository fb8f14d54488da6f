package forum.core.agreement;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

public record EndAgreement(UUID tenantId,
                           @TargetAggregateIdentifier UUID agreementId,
                           LocalDate endedOn,
                           AgreementEndReason reason,
                           @PersonalData String note) implements TenantCommand {
}
