package forum.projections.operator;

import java.time.Instant;
import java.util.UUID;

/**
 * A municipality in the operator's register.
 *
 * @param lastActivity the time of its latest event; null when none was counted yet
 */
public record RegisteredMunicipality(UUID tenantId, String name, String country, String officialCode,
                                     Instant signedUpAt, Instant lastActivity) {

    /** Active: someone worked in it (any event of it) since the given time. */
    public boolean activeSince(Instant since) {
        return lastActivity != null && !lastActivity.isBefore(since);
    }
}
