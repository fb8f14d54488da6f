package forum.core.agreement;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface AgreementEvent extends DomainEvent permits AgreementSigned, AgreementRenewed, AgreementEnded {

    UUID tenantId();

    UUID agreementId();

    UUID venueId();
}
