package forum.api.audit.chain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** Signs a chain's head and keeps the checkpoint in the table and in the chain's file. */
@Component
public class Checkpoints {

    private final ChainStore store;
    private final CheckpointFiles files;
    private final SigningKey key;
    private final Clock clock;

    Checkpoints(ChainStore store, CheckpointFiles files, SigningKey key, Clock clock) {
        this.store = store;
        this.files = files;
        this.key = key;
        this.clock = clock;
    }

    /** A checkpoint of the chain as it is stored now; none for a chain without events. */
    public void signNow(String chain) {
        ChainStore.Head head = store.heads().get(chain);
        if (head != null) {
            sign(chain, head);
        }
    }

    Checkpoint sign(String chain, ChainStore.Head head) {
        // The table keeps microseconds: the instant signed must be the one read back.
        Checkpoint unsigned = new Checkpoint(chain, head.count(), head.globalIndex(), head.link(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), key.publicKey(), new byte[0]);
        Checkpoint signed = new Checkpoint(chain, head.count(), head.globalIndex(), head.link(), unsigned.signedAt(),
                unsigned.publicKey(), key.sign(ChainHashes.checkpointMessage(unsigned)));
        if (store.insert(signed)) {
            files.append(signed);
        }
        return signed;
    }
}
