package forum.api.benchmarks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling for appends: bench_event_entry is domain_event_entry's twin (same columns, identity, unique
 * indexes), and each event-shaped row (same payload and metadata sizes as a stored venue issue) is one
 * INSERT in its own transaction through the application's connection pool. No aggregate is loaded and nothing
 * is published: what PostgreSQL alone does with durable commits.
 */
final class ReferenceEventTable {

    private static final String INSERT = """
            insert into bench_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                           payload_type, payload_revision, payload, meta_data)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final DataSource dataSource;
    private final List<String> aggregates;
    private final byte[] payload;
    private final byte[] metaData;
    private final ConcurrentHashMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    private ReferenceEventTable(DataSource dataSource, List<String> aggregates, byte[] payload, byte[] metaData) {
        this.dataSource = dataSource;
        this.aggregates = aggregates;
        this.payload = payload;
        this.metaData = metaData;
    }

    /** Creates the table afresh as the schema owner; the application role may write to it. */
    static ReferenceEventTable create(BenchDatabase database, DataSource dataSource, List<String> aggregates,
                                      byte[] payload, byte[] metaData) throws SQLException {
        database.executeAsOwner("drop table if exists bench_event_entry",
                "create table bench_event_entry (like domain_event_entry including all)",
                "grant select, insert, update, delete on bench_event_entry to forum_app");
        return new ReferenceEventTable(dataSource, aggregates, payload, metaData);
    }

    void insert(long ignored) throws SQLException {
        String aggregate = aggregates.get(ThreadLocalRandom.current().nextInt(aggregates.size()));
        long sequence = sequences.computeIfAbsent(aggregate, key -> new AtomicLong()).getAndIncrement();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setLong(3, sequence);
            insert.setString(4, "Venue");
            insert.setString(5, Instant.now().toString());
            insert.setString(6, "forum.core.venue.VenueIssueRegistered");
            insert.setString(7, "1");
            insert.setBytes(8, payload);
            insert.setBytes(9, metaData);
            insert.executeUpdate();
        }
    }
}
