package forum.api.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import forum.api.audit.chain.Verification.Breach;
import forum.api.audit.chain.Verification.Break;
import forum.api.audit.chain.Verification.ChainOutcome;

/**
 * Verifies chains against the stored events, in one pass over both in store order up to the chainer's position: each
 * event's digest recomputed, each link recomputed from the one before, every checkpoint (the table's and the files')
 * checked for its signature and against the chain's link at its place. Reports each chain's first broken link.
 */
@Service
public class ChainVerification {

    private static final int FETCH = 5_000;

    private final ChainStore store;
    private final CheckpointFiles files;
    private final SigningKey key;
    private final Clock clock;

    ChainVerification(ChainStore store, CheckpointFiles files, SigningKey key, Clock clock) {
        this.store = store;
        this.files = files;
        this.key = key;
        this.clock = clock;
    }

    /** One chain ({@link Chains}), or every chain when empty. */
    public Verification verify(Optional<String> chain) {
        long head = store.position();
        Map<String, State> states = new TreeMap<>();
        chain.ifPresent(name -> states.put(name, new State(name)));
        List<Checkpoint> checkpoints = new ArrayList<>(store.checkpoints(chain));
        checkpoints.addAll(files.read(chain.orElse(null)));
        for (Checkpoint checkpoint : checkpoints) {
            State state = states.computeIfAbsent(checkpoint.chain(), State::new);
            state.checkpoints.computeIfAbsent(checkpoint.eventCount(), count -> new ArrayList<>()).add(checkpoint);
            if (!ChainHashes.signatureHolds(checkpoint) || !key.trusts(checkpoint.publicKey())) {
                state.broken(new Break(Breach.BAD_SIGNATURE, checkpoint.globalIndex(), null, null,
                        "checkpoint after " + checkpoint.eventCount() + " events, signed " + checkpoint.signedAt()));
            }
        }
        try (Connection events = store.owner().getConnection(); Connection links = store.owner().getConnection()) {
            pass(events, links, chain, head, states);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event chain", e);
        }
        List<ChainOutcome> outcomes = new ArrayList<>();
        for (State state : states.values()) {
            state.checkpoints.forEach((count, atCount) -> {
                if (count > state.count) {
                    Checkpoint checkpoint = atCount.get(0);
                    state.broken(new Break(Breach.TRUNCATED, state.lastGlobalIndex + 1, null, null,
                            "a checkpoint signed " + checkpoint.signedAt() + " names " + count + " events up to index "
                                    + checkpoint.globalIndex() + "; the chain has " + state.count + " up to index "
                                    + state.lastGlobalIndex));
                }
            });
            Checkpoint newest = state.checkpoints.isEmpty() ? null
                    : state.checkpoints.lastEntry().getValue().get(0);
            outcomes.add(new ChainOutcome(state.chain, state.count, state.lastGlobalIndex,
                    newest == null ? null : newest.eventCount(), newest == null ? null : newest.signedAt(),
                    state.firstBreak));
        }
        return new Verification(clock.instant(), head, outcomes.stream().allMatch(ChainOutcome::clean), outcomes,
                Base64.getEncoder().encodeToString(key.publicKey()));
    }

    private void pass(Connection eventConnection, Connection linkConnection, Optional<String> chain, long head,
                      Map<String, State> states) throws SQLException {
        eventConnection.setAutoCommit(false);
        linkConnection.setAutoCommit(false);
        String eventsWhere = chain.map(name -> switch (name) {
            case Chains.NETWORK -> "type = 'Network' and ";
            case Chains.NONE -> "event_tenant(meta_data) is null and type is distinct from 'Network' and ";
            default -> "event_tenant(meta_data) = ? and type is distinct from 'Network' and ";
        }).orElse("");
        // An event's chain is read from its metadata only where its digest does not settle it: parsing every event's
        // metadata in the query would cost as much as the rest of the verification.
        try (PreparedStatement eventQuery = eventConnection.prepareStatement("select " + ChainStore.EVENT_COLUMNS
                     + " from domain_event_entry where " + eventsWhere + "global_index <= ? order by global_index");
             PreparedStatement linkQuery = linkConnection.prepareStatement("select chain, global_index,"
                     + " event_identifier, aggregate_identifier, digest, link from event_chain_link where "
                     + (chain.isPresent() ? "chain = ? and " : "") + "global_index <= ? order by global_index")) {
            int parameter = 1;
            if (chain.isPresent() && eventsWhere.contains("?")) {
                eventQuery.setString(parameter++, chain.get());
            }
            eventQuery.setLong(parameter, head);
            parameter = 1;
            if (chain.isPresent()) {
                linkQuery.setString(parameter++, chain.get());
            }
            linkQuery.setLong(parameter, head);
            eventQuery.setFetchSize(FETCH);
            linkQuery.setFetchSize(FETCH);
            try (ResultSet eventRows = eventQuery.executeQuery(); ResultSet linkRows = linkQuery.executeQuery()) {
                merge(eventRows, linkRows, states);
            }
        } finally {
            eventConnection.rollback();
            linkConnection.rollback();
        }
    }

    private void merge(ResultSet eventRows, ResultSet linkRows, Map<String, State> states) throws SQLException {
        boolean moreEvents = eventRows.next();
        boolean moreLinks = linkRows.next();
        while (moreEvents || moreLinks) {
            long eventIndex = moreEvents ? eventRows.getLong("global_index") : Long.MAX_VALUE;
            long linkIndex = moreLinks ? linkRows.getLong("global_index") : Long.MAX_VALUE;
            if (linkIndex <= eventIndex) {
                State state = states.computeIfAbsent(linkRows.getString("chain"), State::new);
                String eventIdentifier = linkRows.getString("event_identifier");
                String aggregate = linkRows.getString("aggregate_identifier");
                byte[] digest = linkRows.getBytes("digest");
                byte[] link = linkRows.getBytes("link");
                if (!Arrays.equals(ChainHashes.link(state.link, digest), link)) {
                    state.broken(new Break(Breach.LINK_MISMATCH, linkIndex, eventIdentifier, aggregate,
                            "the link does not follow from the one before and the event's digest"));
                }
                if (linkIndex == eventIndex) {
                    StoredEvent event = event(eventRows, 1);
                    if (!Arrays.equals(ChainHashes.digest(event), digest)) {
                        state.broken(changed(event, eventIdentifier, aggregate));
                    }
                    moreEvents = eventRows.next();
                } else {
                    state.broken(new Break(Breach.MISSING_EVENT, linkIndex, eventIdentifier, aggregate,
                            "the store has no event at this index"));
                }
                state.linked(linkIndex, link);
                moreLinks = linkRows.next();
            } else {
                StoredEvent event = event(eventRows, 1);
                State state = states.computeIfAbsent(Chains.of(event), State::new);
                state.broken(new Break(Breach.EXTRA_EVENT, eventIndex, event.eventIdentifier(),
                        event.aggregateIdentifier(), "the chain never had this event"));
                moreEvents = eventRows.next();
            }
        }
    }

    /** An edited event, or one that stands where another was chained. */
    private Break changed(StoredEvent event, String chainedIdentifier, String chainedAggregate) {
        if (!event.eventIdentifier().equals(chainedIdentifier)) {
            Optional<Long> chainedAt = store.chainedAt(event.eventIdentifier());
            if (chainedAt.isPresent()) {
                return new Break(Breach.ORDER, event.globalIndex(), event.eventIdentifier(),
                        event.aggregateIdentifier(), "the chain has this event at index " + chainedAt.get()
                        + " and event " + chainedIdentifier + " here");
            }
        }
        return new Break(Breach.DIGEST_MISMATCH, event.globalIndex(), chainedIdentifier, chainedAggregate,
                "the stored event's content differs from what was chained");
    }

    /** The event in a row whose columns are {@link ChainStore#EVENT_COLUMNS} from column {@code first} on. */
    static StoredEvent event(ResultSet row, int first) throws SQLException {
        return new StoredEvent(row.getLong(first), row.getString(first + 1), row.getString(first + 2),
                row.getLong(first + 3), row.getString(first + 4), row.getString(first + 5), row.getString(first + 6),
                row.getString(first + 7), row.getBytes(first + 8), row.getBytes(first + 9));
    }

    /** A chain's running state in the pass. */
    private final class State {
        final String chain;
        final TreeMap<Long, List<Checkpoint>> checkpoints = new TreeMap<>();
        byte[] link = ChainHashes.GENESIS;
        long count;
        long lastGlobalIndex;
        Break firstBreak;

        State(String chain) {
            this.chain = chain;
        }

        void linked(long globalIndex, byte[] newLink) {
            link = newLink;
            count++;
            lastGlobalIndex = globalIndex;
            List<Checkpoint> atCount = checkpoints.get(count);
            if (atCount != null) {
                for (Checkpoint checkpoint : atCount) {
                    if (!Arrays.equals(checkpoint.link(), newLink) || checkpoint.globalIndex() != globalIndex) {
                        broken(new Break(Breach.CHECKPOINT_MISMATCH, globalIndex, null, null, "the checkpoint signed "
                                + checkpoint.signedAt() + " has another link after " + count + " events"));
                    }
                }
            }
        }

        /** Keeps the break at the lowest index. */
        void broken(Break found) {
            if (firstBreak == null || found.globalIndex() < firstBreak.globalIndex()) {
                firstBreak = found;
            }
        }
    }
}
