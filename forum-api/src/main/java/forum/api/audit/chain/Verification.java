package forum.api.audit.chain;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a verification: each chain clean, or its first broken link; and the public key (base64) that the
 * checkpoints are signed with now.
 */
public record Verification(Instant verifiedAt, long chainedUpTo, boolean clean, List<ChainOutcome> chains,
                           String publicKey) {

    /** What is wrong at a place in a chain. */
    public enum Breach {
        /** The stored event's content no longer has the digest chained for it (payload, metadata, time... edited). */
        DIGEST_MISMATCH,
        /** Another event stands at the place the chain has it, an event chained elsewhere: events swapped. */
        ORDER,
        /** The chain has an event that the store no longer has. */
        MISSING_EVENT,
        /** The store has an event, below the chain's position, that the chain never had. */
        EXTRA_EVENT,
        /** A link does not follow from the previous link and its digest: the chain's own rows were edited. */
        LINK_MISMATCH,
        /** A signed checkpoint names more events than the chain still has: its tail was cut off. */
        TRUNCATED,
        /** The chain's link at a checkpoint is not the one signed: the chain was rewritten after it. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not hold, or is by a key the operator does not trust. */
        BAD_SIGNATURE
    }

    /** The first broken link: where, which event, of which aggregate (the chain's record of it where it is gone). */
    public record Break(Breach what, long globalIndex, String eventIdentifier, String aggregateIdentifier,
                        String detail) {
    }

    /** One chain's result: how many events it has, up to which index, its newest checkpoint, its first break. */
    public record ChainOutcome(String chain, long events, long lastGlobalIndex, Long lastCheckpointEvents,
                               Instant lastCheckpointAt, Break firstBreak) {

        public boolean clean() {
            return firstBreak == null;
        }
    }

    public List<Break> breaks() {
        return chains.stream().filter(chain -> !chain.clean()).map(ChainOutcome::firstBreak).toList();
    }
}
