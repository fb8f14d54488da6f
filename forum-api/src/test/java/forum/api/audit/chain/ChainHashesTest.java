package forum.api.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The digest covers every stored column, and no two different contents run together into the same bytes. */
class ChainHashesTest {

    private static final StoredEvent EVENT = new StoredEvent(42, "e-1", "a-1", 3, "Venue", "2026-12-07T10:00:00Z",
            "forum.core.venue.VenueRegistered", null, bytes("{\"name\":\"Baren\"}"), bytes("{\"tenantId\":\"t\"}"));

    @Test
    void everyColumnChangesTheDigest() {
        byte[] digest = ChainHashes.digest(EVENT);
        assertThat(ChainHashes.digest(EVENT)).isEqualTo(digest).hasSize(32);

        List<UnaryOperator<StoredEvent>> edits = List.of(
                e -> new StoredEvent(43, e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                        e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), "e-2", e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                        e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), "a-2", e.sequenceNumber(), e.type(),
                        e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), 4, e.type(),
                        e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        "Forum", e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), "2026-12-07T10:00:01Z", e.payloadType(), e.payloadRevision(), e.payload(),
                        e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), e.timeStamp(), "x", e.payloadRevision(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), e.timeStamp(), e.payloadType(), "", e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), e.timeStamp(), e.payloadType(), e.payloadRevision(), bytes("{}"), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                        e.type(), e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), null));
        for (UnaryOperator<StoredEvent> edit : edits) {
            assertThat(ChainHashes.digest(edit.apply(EVENT))).as("%s", edit.apply(EVENT)).isNotEqualTo(digest);
        }
    }

    @Test
    void fieldsAreLengthPrefixedSoTheirBoundariesCount() {
        StoredEvent split = new StoredEvent(1, "ab", "c", 1, null, "t", "p", null, bytes("x"), null);
        StoredEvent moved = new StoredEvent(1, "a", "bc", 1, null, "t", "p", null, bytes("x"), null);

        assertThat(ChainHashes.digest(split)).isNotEqualTo(ChainHashes.digest(moved));
    }

    @Test
    void aLinkCoversThePreviousLinkAndTheDigest() {
        byte[] first = ChainHashes.link(ChainHashes.GENESIS, ChainHashes.digest(EVENT));

        assertThat(ChainHashes.link(first, ChainHashes.digest(EVENT))).isNotEqualTo(first);
        assertThat(ChainHashes.link(ChainHashes.GENESIS, ChainHashes.digest(EVENT))).isEqualTo(first);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
