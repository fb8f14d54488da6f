package forum.core.network;

import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NetworkInvitationDeclined(UUID networkId, UUID tenantId) implements MembershipEvent {
}
