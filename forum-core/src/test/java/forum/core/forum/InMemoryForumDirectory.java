package forum.core.forum;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Test double of the port: folds the given forum events like the event-sourced directory does. */
public final class InMemoryForumDirectory implements ForumDirectory {

    private final Map<UUID, ForumView> forums = new HashMap<>();

    public static InMemoryForumDirectory of(ForumEvent... events) {
        InMemoryForumDirectory directory = new InMemoryForumDirectory();
        for (ForumEvent event : events) {
            directory.forums.compute(event.forumId(), (id, view) -> ForumView.apply(view, event));
        }
        return directory;
    }

    @Override
    public Optional<ForumView> find(UUID tenantId, UUID forumId) {
        return Optional.ofNullable(forums.get(forumId)).filter(forum -> forum.tenantId().equals(tenantId));
    }
}
