package forum.projections.networkstatistics;

import java.time.Instant;
import java.util.UUID;

/**
 * A network's invitation to a municipality, in its latest state: STANDING until the municipality's coordinator
 * accepts (ACCEPTED) or declines (DECLINED), or the network withdraws it (WITHDRAWN).
 */
public record NetworkInvitation(UUID networkId, String networkName, UUID tenantId, String municipalityName,
                                Instant invitedAt, String state, Instant settledAt) {

    public boolean standing() {
        return "STANDING".equals(state);
    }
}
