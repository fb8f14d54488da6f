package forum.core.erasure;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface ErasureEvent extends DomainEvent permits PersonalDataErased {

    UUID tenantId();
}
