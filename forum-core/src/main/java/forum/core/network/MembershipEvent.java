package forum.core.network;

import java.util.UUID;

/**
 * A network event about one municipality: invited, joined, left, an invitation withdrawn or declined. Its rows on the
 * read side are that municipality's own.
 */
public sealed interface MembershipEvent extends NetworkEvent
        permits MunicipalityInvitedToNetwork, NetworkInvitationWithdrawn, NetworkInvitationDeclined,
        MunicipalityJoinedNetwork, MunicipalityLeftNetwork {

    UUID tenantId();
}
