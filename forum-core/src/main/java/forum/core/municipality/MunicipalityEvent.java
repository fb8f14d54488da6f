package forum.core.municipality;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface MunicipalityEvent extends DomainEvent permits MunicipalitySignedUp {

    UUID tenantId();
}
