package forum.core.agreement;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

public record RenewAgreement(UUID tenantId,
                             @TargetAggregateIdentifier UUID agreementId,
                             LocalDate renewedOn,
                             int staffCount) implements TenantCommand {
}
