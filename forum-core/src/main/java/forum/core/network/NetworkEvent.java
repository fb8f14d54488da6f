package forum.core.network;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface NetworkEvent extends DomainEvent
        permits NetworkCreated, MembershipEvent {

    UUID networkId();
}
