package forum.projections.networkstatistics;

import java.time.Instant;
import java.util.UUID;

/** One period of a municipality's membership in a network; {@code leftAt} is null while it lasts. */
public record NetworkMembership(UUID networkId, String networkName, Instant joinedAt, Instant leftAt) {
}
