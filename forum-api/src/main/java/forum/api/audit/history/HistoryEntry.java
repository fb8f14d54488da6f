package forum.api.audit.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import forum.api.security.Role;

/**
 * One event of the municipality's history as the auditor reads it.
 *
 * @param position      the event's place in the store (global index): the pages' cursor
 * @param kind          the event's name, e.g. {@code VenueIssueRegistered}; the page says it in words
 * @param summary       the event's values that are not ids, in the order the event has them; personal ones opened
 *                      for a reader who may read them (an erased one reads as erased), left out for others
 * @param correlationId the request the event came from
 */
public record HistoryEntry(long position, String eventId, String kind, String aggregateType, String aggregateId,
                           long sequence, Instant occurredAt, Actor actor, List<Value> summary,
                           String correlationId) {

    public HistoryEntry {
        summary = List.copyOf(summary);
    }

    /**
     * Who acted. An account by its name ({@code erased} after its erasure, the name then null) and the roles it held
     * when the event was recorded; {@code rolesRecordedThen} false when that moment precedes the recording of roles
     * (the roles are then those held since {@code rolesSince}). The application's own work is {@code system}; an id
     * that names no account of the municipality (the operator's, an account since deleted) is {@code unknown}.
     */
    public record Actor(String key, UUID accountId, String name, boolean erased, List<Role> roles,
                        boolean rolesRecordedThen, Instant rolesSince, boolean system, boolean unknown) {

        public Actor {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public boolean named() {
            return accountId != null && !unknown;
        }
    }

    /**
     * A value of the event: its component's name, and the value, or erased; {@code time} the value read as an instant
     * when it is one, which the page shows in the municipality's zone.
     */
    public record Value(String field, String value, boolean personal, boolean erased, Instant time) {
    }
}
