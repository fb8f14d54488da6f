package forum.core.forum;

import static forum.core.forum.ForumTest.ANNA;
import static forum.core.forum.ForumTest.ANNA_ADDED;
import static forum.core.forum.ForumTest.ESTABLISHED;
import static forum.core.forum.ForumTest.FORUM;
import static forum.core.forum.ForumTest.OTHER_TENANT;
import static forum.core.forum.ForumTest.PER;
import static forum.core.forum.ForumTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventSourcedForumDirectoryTest {

    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final ForumDirectory directory = new EventSourcedForumDirectory(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private void store(ForumEvent... events) {
        for (int sequence = 0; sequence < events.length; sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("Forum", events[sequence].forumId().toString(),
                    sequence, events[sequence]));
        }
    }

    @Test
    void findsForumWithItsCurrentMembersAndCoordinator() {
        store(ESTABLISHED, ANNA_ADDED,
                new ForumMemberAdded(TENANT, FORUM, PER, "Per Lund", null, "Polisen", MemberRole.POLICE),
                new CoordinatorAppointed(TENANT, FORUM, ANNA),
                new ForumMemberRemoved(TENANT, FORUM, PER));

        ForumView forum = directory.find(TENANT, FORUM).orElseThrow();

        assertThat(forum.members()).isEqualTo(Map.of(ANNA, MemberRole.COORDINATOR));
        assertThat(forum.coordinatorMemberId()).isEqualTo(ANNA);
        assertThat(forum.isMember(PER)).isFalse();
    }

    @Test
    void removedCoordinatorLeavesForumWithoutCoordinator() {
        store(ESTABLISHED, ANNA_ADDED, new CoordinatorAppointed(TENANT, FORUM, ANNA),
                new ForumMemberRemoved(TENANT, FORUM, ANNA));

        assertThat(directory.find(TENANT, FORUM).orElseThrow().coordinatorMemberId()).isNull();
    }

    @Test
    void forumOfAnotherTenantIsNotFound() {
        store(ESTABLISHED);

        assertThat(directory.find(OTHER_TENANT, FORUM)).isEmpty();
    }

    @Test
    void unknownForumIsNotFound() {
        assertThat(directory.find(TENANT, UUID.randomUUID())).isEmpty();
    }
}
