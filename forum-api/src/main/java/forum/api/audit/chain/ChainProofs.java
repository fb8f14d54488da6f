package forum.api.audit.chain;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an exported bundle needs to prove its events unchanged without the service: the link before its first event,
 * the digests of the chain's events from there to a signed checkpoint (the bundle's own among them, so a verifier
 * names an event of the bundle whose content no longer matches), and that checkpoint. A bundle is proven
 * by a checkpoint at or after its last event: when the newest is older, one is signed now (the same signing the
 * chainer does at its intervals), so an export never waits for the interval and never names an unsigned head.
 */
@Service
public class ChainProofs {

    /** The chain from just before {@code fromGlobalIndex} to the checkpoint. */
    public record Proof(String chain, long eventsBefore, byte[] linkBefore, List<Digest> digests,
                        Checkpoint checkpoint) {
    }

    /** An event of the chain: its place and digest. */
    public record Digest(long globalIndex, byte[] digest) {
    }

    /** The chainer has not yet reached the bundle's last event. */
    public static class ChainBehind extends RuntimeException {
        ChainBehind(long globalIndex) {
            super("The event chain has not reached global index " + globalIndex + " yet");
        }
    }

    private final ChainStore store;
    private final Checkpoints checkpoints;
    private final Duration wait;

    /**
     * The chainer reaches every committed event within the grace it gives a gap in the global index (a transaction
     * that may still commit below), so a bundle waits that long and a little more before answering "not yet".
     */
    ChainProofs(ChainStore store, Checkpoints checkpoints,
                @Value("${forum.audit.gap-grace:PT1M}") Duration gapGrace) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.wait = gapGrace.plusSeconds(15);
    }

    /**
     * The proof of a chain's events from {@code fromGlobalIndex} to {@code toGlobalIndex} and on to a checkpoint: waits
     * for the chainer to have chained the last (shortly after commit; up to a gap's grace when a failed transaction
     * left one before it), then signs a checkpoint if none is at or after it.
     */
    public Proof proof(String chain, long fromGlobalIndex, long toGlobalIndex) {
        awaitChained(toGlobalIndex);
        JdbcClient jdbc = JdbcClient.create(store.owner());
        Checkpoint checkpoint = store.lastCheckpoints().get(chain);
        if (checkpoint == null || checkpoint.globalIndex() < toGlobalIndex) {
            ChainStore.Head head = jdbc.sql("""
                            select c.events, l.global_index, l.link
                            from (select count(*) as events, max(global_index) as last
                                  from event_chain_link where chain = :chain) c
                            join event_chain_link l on l.global_index = c.last
                            """)
                    .param("chain", chain)
                    .query((row, n) -> new ChainStore.Head(row.getLong(1), row.getLong(2), row.getBytes(3)))
                    .single();
            checkpoint = checkpoints.sign(chain, head);
            // The chainer may have signed the same head meanwhile: the bundle names the checkpoint that was kept.
            Checkpoint kept = store.lastCheckpoints().get(chain);
            if (kept != null && kept.eventCount() == checkpoint.eventCount()) {
                checkpoint = kept;
            }
        }
        Map<String, Object> before = jdbc.sql("""
                        select count(*) as events,
                               (select link from event_chain_link where chain = :chain and global_index < :from
                                order by global_index desc limit 1) as link
                        from event_chain_link where chain = :chain and global_index < :from
                        """)
                .param("chain", chain).param("from", fromGlobalIndex).query().singleRow();
        byte[] linkBefore = before.get("link") == null ? ChainHashes.GENESIS : (byte[]) before.get("link");
        List<Digest> digests = jdbc.sql("""
                        select global_index, digest from event_chain_link
                        where chain = :chain and global_index >= :from and global_index <= :to
                        order by global_index
                        """)
                .param("chain", chain).param("from", fromGlobalIndex).param("to", checkpoint.globalIndex())
                .query((row, n) -> new Digest(row.getLong(1), row.getBytes(2))).list();
        return new Proof(chain, ((Number) before.get("events")).longValue(), linkBefore, digests, checkpoint);
    }

    private void awaitChained(long globalIndex) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (store.position() < globalIndex) {
            if (System.nanoTime() - deadline > 0) {
                throw new ChainBehind(globalIndex);
            }
            try {
                // Polls: the chainer that advances the position may run on another instance.
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ChainBehind(globalIndex);
            }
        }
    }
}
