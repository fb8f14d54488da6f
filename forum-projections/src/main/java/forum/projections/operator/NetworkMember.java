package forum.projections.operator;

import java.time.Instant;
import java.util.UUID;

/** One period of a municipality's membership of a network; leftAt null while it lasts. */
public record NetworkMember(UUID tenantId, String name, Instant joinedAt, Instant leftAt) {

    public boolean current() {
        return leftAt == null;
    }
}
