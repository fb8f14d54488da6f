package forum.projections.runtime;

import forum.core.shared.DomainEvent;

/**
 * A projection was handed an event it has no branch for: a bug in the projection, never a skip, or its read model
 * would silently miss the event. The consumer treats it as any record it cannot apply (ConsumerErrorHandling).
 */
public final class UnhandledEventException extends IllegalStateException {

    UnhandledEventException(Projection projection, DomainEvent event) {
        super("Projection " + projection.name() + " has no branch for " + event.getClass().getSimpleName());
    }
}
