package forum.core.forum;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a forum's own stream from the event store, so a rule checked against it sees every committed event
 * (no lagging read model). It reads from sequence 0: events only, never the forum's snapshot.
 */
public final class EventSourcedForumDirectory implements ForumDirectory {

    private final EventStore eventStore;

    public EventSourcedForumDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ForumView> find(UUID tenantId, UUID forumId) {
        if (tenantId == null || forumId == null) {
            return Optional.empty();
        }
        ForumView view = null;
        DomainEventStream stream = eventStore.readEvents(forumId.toString(), 0);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof ForumEvent event) {
                view = ForumView.apply(view, event);
            }
        }
        return Optional.ofNullable(view).filter(forum -> tenantId.equals(forum.tenantId()));
    }
}
