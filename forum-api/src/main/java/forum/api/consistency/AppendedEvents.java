package forum.api.consistency;

import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Sees each event an aggregate publishes, on the thread of the command (the request's: the command bus is
 * synchronous), and notes its aggregate and sequence number for the request once the event's unit of work has
 * committed; an event of a unit of work that rolled back is no position to wait for.
 */
final class AppendedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event instanceof DomainEventMessage<?> appended && appended.getAggregateIdentifier() != null) {
                RequestWrites.current().ifPresent(writes -> noteOnCommit(writes, appended));
            }
            return event;
        };
    }

    private static void noteOnCommit(RequestWrites writes, DomainEventMessage<?> event) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork ->
                    writes.appended(event.getAggregateIdentifier(), event.getSequenceNumber()));
        } else {
            writes.appended(event.getAggregateIdentifier(), event.getSequenceNumber());
        }
    }
}
