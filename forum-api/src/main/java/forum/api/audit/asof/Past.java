package forum.api.audit.asof;

import java.time.Instant;

import forum.core.shared.DomainEvent;

/** One stored event and when it was stored: the instant the as-of views compare with. */
record Past(Instant at, DomainEvent event) {
}
