package forum.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventSourcedMeetingDirectoryTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID MEETING = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final MeetingDirectory directory = new EventSourcedMeetingDirectory(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void aScheduledMeetingExistsInItsTenantOnly() {
        eventStore.publish(new GenericDomainEventMessage<>("Meeting", MEETING.toString(), 0,
                new MeetingScheduled(TENANT, MEETING, UUID.randomUUID(), Instant.parse("2026-12-01T17:00:00Z"),
                        Duration.ofHours(2), "Stadshuset", List.of("Läget i city"))));

        assertThat(directory.exists(TENANT, MEETING)).isTrue();
        assertThat(directory.exists(OTHER_TENANT, MEETING)).isFalse();
    }

    @Test
    void anUnknownMeetingDoesNotExist() {
        assertThat(directory.exists(TENANT, MEETING)).isFalse();
        assertThat(directory.exists(TENANT, null)).isFalse();
    }
}
