package forum.api.audit.chain;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The chain's tables, and the events it covers, as the schema's owner (the credentials Flyway migrates with): the
 * chain reads every tenant's events and only the owner writes links and checkpoints. A small pool of its own.
 */
@Component
class ChainStore implements DisposableBean {

    /** The chain an event belongs to, in SQL: its tenant's, or the national networks'. */
    static final String CHAIN_OF_EVENT = "case when type = 'Network' then '" + Chains.NETWORK
            + "' else coalesce(event_tenant(meta_data), '" + Chains.NONE + "') end";
    static final String EVENT_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data";

    /** A chain's end: how many events it has, the last one's index and link. */
    record Head(long count, long globalIndex, byte[] link) {
        static final Head EMPTY = new Head(0, 0, ChainHashes.GENESIS);
    }

    /** An event's place in its chain, as stored. */
    record Link(String chain, long globalIndex, String eventIdentifier, String aggregateIdentifier, byte[] digest,
                byte[] link) {
    }

    private final HikariDataSource owner;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JdbcTemplate batch;

    ChainStore(@Value("${spring.flyway.url:${spring.datasource.url}}") String url,
               @Value("${spring.flyway.user:${spring.datasource.username:}}") String user,
               @Value("${spring.flyway.password:${spring.datasource.password:}}") String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        // The chainer's lock and batches, and a few verifications at once (each reads events and links side by side).
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(0);
        config.setPoolName("event-chain");
        // A batch of links goes to the server as multi-row inserts, not one statement a link.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        this.owner = new HikariDataSource(config);
        this.jdbc = JdbcClient.create(owner);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
        this.batch = new JdbcTemplate(owner);
    }

    DataSource owner() {
        return owner;
    }

    /** Every event up to this index has its link. */
    long position() {
        return jdbc.sql("select global_index from event_chain_position where chainer = 'chain'").query(Long.class)
                .single();
    }

    /** The events after {@code after}, in store order, with their chains. */
    List<Map.Entry<String, StoredEvent>> eventsAfter(long after, int limit) {
        return jdbc.sql("select " + CHAIN_OF_EVENT + " as chain, " + EVENT_COLUMNS + " from domain_event_entry"
                        + " where global_index > :after order by global_index limit :limit")
                .param("after", after).param("limit", limit)
                .query((row, n) -> Map.entry(row.getString("chain"), ChainVerification.event(row, 2)))
                .list();
    }

    Map<String, Head> heads() {
        Map<String, Head> heads = new HashMap<>();
        jdbc.sql("""
                        select l.chain, c.events, l.global_index, l.link
                        from (select chain, count(*) as events, max(global_index) as last
                              from event_chain_link group by chain) c
                        join event_chain_link l on l.global_index = c.last
                        """)
                .query(row -> {
                    heads.put(row.getString(1), new Head(row.getLong(2), row.getLong(3), row.getBytes(4)));
                });
        return heads;
    }

    /** Stores a batch's links and moves the position past it, unless another chainer moved it meanwhile. */
    void append(List<Link> links, long from, long to) {
        transaction.executeWithoutResult(status -> {
            int moved = jdbc.sql("update event_chain_position set global_index = :to"
                            + " where chainer = 'chain' and global_index = :from")
                    .param("to", to).param("from", from).update();
            if (moved != 1) {
                throw new IllegalStateException("The chain's position moved from " + from + " meanwhile: another"
                        + " instance chains; starting again from the stored position");
            }
            batch.batchUpdate("""
                            insert into event_chain_link
                                (global_index, chain, event_identifier, aggregate_identifier, digest, link)
                            values (?, ?, ?, ?, ?, ?)
                            """,
                    links.stream().map(link -> new Object[] {link.globalIndex(), link.chain(),
                            link.eventIdentifier(), link.aggregateIdentifier(), link.digest(), link.link()}).toList());
        });
    }

    /** The newest checkpoint of each chain. */
    Map<String, Checkpoint> lastCheckpoints() {
        Map<String, Checkpoint> last = new HashMap<>();
        jdbc.sql("select distinct on (chain) * from event_chain_checkpoint order by chain, event_count desc")
                .query(ChainStore::checkpoint).list().forEach(checkpoint -> last.put(checkpoint.chain(), checkpoint));
        return last;
    }

    List<Checkpoint> checkpoints(Optional<String> chain) {
        return jdbc.sql("select * from event_chain_checkpoint where cast(:chain as text) is null or chain = :chain"
                        + " order by chain, event_count")
                .param("chain", chain.orElse(null))
                .query(ChainStore::checkpoint).list();
    }

    /** False when the chain had this checkpoint already. */
    boolean insert(Checkpoint checkpoint) {
        return jdbc.sql("""
                        insert into event_chain_checkpoint
                            (chain, event_count, global_index, link, signed_at, public_key, signature)
                        values (:chain, :count, :index, :link, :signedAt, :publicKey, :signature)
                        on conflict do nothing
                        """)
                .param("chain", checkpoint.chain()).param("count", checkpoint.eventCount())
                .param("index", checkpoint.globalIndex()).param("link", checkpoint.link())
                .param("signedAt", Timestamp.from(checkpoint.signedAt()))
                .param("publicKey", checkpoint.publicKey()).param("signature", checkpoint.signature())
                .update() == 1;
    }

    /** Where the chain has the event, if anywhere. */
    Optional<Long> chainedAt(String eventIdentifier) {
        return jdbc.sql("select global_index from event_chain_link where event_identifier = :event")
                .param("event", eventIdentifier).query(Long.class).optional();
    }

    private static Checkpoint checkpoint(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Checkpoint(row.getString("chain"), row.getLong("event_count"), row.getLong("global_index"),
                row.getBytes("link"), row.getTimestamp("signed_at").toInstant(), row.getBytes("public_key"),
                row.getBytes("signature"));
    }

    @Override
    public void destroy() {
        owner.close();
    }
}
