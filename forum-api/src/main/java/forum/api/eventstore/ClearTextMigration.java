package forum.api.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import forum.core.erasure.PersonalDataErased;
import forum.projections.personaldata.PersonalFields;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Seals the personal values that events stored before sealing existed still hold in clear text, with
 * {@link PersonalFields#seal} as a new event is sealed, in batches in store order, and records how far it came in
 * {@code clear_text_migration}, so that a restart resumes after the last batch done. Only the payload of an event
 * changes, never its global index, identifier, time, metadata or type: the publisher, which tails the global index,
 * sends nothing again.
 *
 * <p>Stored events are rewritten as the schema's owner (the credentials Flyway migrates with): the requests' role and
 * the relay may not. The subjects' keys are made in the application's own transaction, committed before any payload
 * sealed with them. A value whose subject has been erased since (a PersonalDataErased event names it) becomes
 * {@code PersonalData.ERASED} rather than sealed, so that the migration does not bring it back; a subject erased
 * while a batch runs loses the key that batch sealed with; one erased in the moment between the batch's two looks at
 * the erasures gets its values erased but keeps the key the batch made, as a value written after an erasure does.
 */
@Component
public class ClearTextMigration {

    /** How far the migration has come, and what is left of the topics' clear-text history. */
    public record Progress(long lastGlobalIndex, long eventsRead, long eventsSealed, long valuesErased,
                           Instant finishedAt, String topicEnds, Instant topicsPurgedAt) {

        public boolean finished() {
            return finishedAt != null;
        }

        public boolean topicsPurged() {
            return topicsPurgedAt != null;
        }
    }

    private record Stored(long globalIndex, String payloadType, byte[] payload) {
    }

    private record Sealed(ObjectNode payload, int erased) {
    }

    private record Rewrite(long globalIndex, byte[] before, byte[] after, int erased) {
    }

    static final String MIGRATION = "personal-data-pd1";
    /** The advisory lock that lets one instance at a time run the migration ('forum pd' in ASCII). */
    private static final long LOCK = 0x666f72756d207064L;

    private final DataSource owner;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownerTransaction;
    private final TransactionTemplate keysTransaction;
    private final PersonalFields fields;
    private final ObjectMapper json;

    ClearTextMigration(@Value("${spring.flyway.url:${spring.datasource.url}}") String url,
                       @Value("${spring.flyway.user:${spring.datasource.username:}}") String user,
                       @Value("${spring.flyway.password:${spring.datasource.password:}}") String password,
                       TransactionTemplate transaction, PersonalFields fields, ObjectMapper json) {
        this.owner = new DriverManagerDataSource(url, user, password);
        this.jdbc = JdbcClient.create(owner);
        this.ownerTransaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
        this.keysTransaction = transaction;
        this.fields = fields;
        this.json = json;
    }

    /**
     * Runs the work while this instance holds the migration's lock (a session's advisory lock: a crashed holder's
     * ends with its connection); false, having done nothing, when another instance holds it.
     */
    public boolean runExclusively(Runnable work) {
        try (Connection session = owner.getConnection(); Statement statement = session.createStatement()) {
            try (ResultSet locked = statement.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
                if (!locked.next() || !locked.getBoolean(1)) {
                    return false;
                }
            }
            try {
                work.run();
                return true;
            } finally {
                statement.execute("select pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the clear-text migration's lock", e);
        }
    }

    public Progress progress() {
        return jdbc.sql("""
                        select last_global_index, events_read, events_sealed, values_erased, finished_at,
                               topic_ends::text as topic_ends, topics_purged_at
                        from clear_text_migration where migration = :migration
                        """)
                .param("migration", MIGRATION)
                .query((row, n) -> new Progress(row.getLong("last_global_index"), row.getLong("events_read"),
                        row.getLong("events_sealed"), row.getLong("values_erased"), instant(row, "finished_at"),
                        row.getString("topic_ends"), instant(row, "topics_purged_at")))
                .single();
    }

    /** The last global index stored now: events after it are stored by this version, sealed. */
    public long storeEnd() {
        return jdbc.sql("select coalesce(max(global_index), 0) from domain_event_entry").query(Long.class).single();
    }

    /**
     * Seals the next {@code size} events up to {@code until}, or records the migration finished when none is left.
     * An event whose index was taken by a transaction not committed yet is passed over: it is this version's, sealed.
     */
    public Progress sealNextBatch(int size, long until) {
        Progress at = progress();
        if (at.finished()) {
            return at;
        }
        List<Stored> events = jdbc.sql("""
                        select global_index, payload_type, payload from domain_event_entry
                        where global_index > :after and global_index <= :until order by global_index limit :size
                        """)
                .param("after", at.lastGlobalIndex()).param("until", until).param("size", size)
                .query((row, n) -> new Stored(row.getLong(1), row.getString(2), row.getBytes(3)))
                .list();
        if (events.isEmpty()) {
            jdbc.sql("update clear_text_migration set finished_at = now(), started_at = coalesce(started_at, now())"
                    + " where migration = :migration and finished_at is null").param("migration", MIGRATION).update();
            return progress();
        }
        // An erased subject's values are never sealed: sealed with a key made again, the clear text of a subject erased
        // since would open again.
        Set<String> erasedBefore = erasedSubjects();
        List<Sealed> sealed = keysTransaction.execute(status -> events.stream()
                .map(event -> sealed(event, erasedBefore)).toList());
        // Read again once the keys are committed: an erasure committed since may have found no key to delete.
        Set<String> erased = erasedSubjects();
        List<Rewrite> rewrites = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Sealed after = sealed.get(i);
            if (after != null) {
                Stored event = events.get(i);
                int erasedValues = after.erased() + PersonalFields.erase(type(event).orElseThrow(), after.payload(),
                        (tenant, subject) -> erased.contains(tenant + "/" + subject));
                rewrites.add(new Rewrite(event.globalIndex(), event.payload(), bytes(after.payload()), erasedValues));
            }
        }
        long last = events.get(events.size() - 1).globalIndex();
        ownerTransaction.executeWithoutResult(status -> record(at, last, events.size(), rewrites));
        return progress();
    }

    /** Keeps where the topics' partitions ended when their clear-text records were set apart (first call wins). */
    public void recordTopicEnds(String ends) {
        jdbc.sql("update clear_text_migration set topic_ends = cast(:ends as jsonb)"
                        + " where migration = :migration and topic_ends is null")
                .param("ends", ends).param("migration", MIGRATION).update();
    }

    public void recordTopicsPurged() {
        jdbc.sql("update clear_text_migration set topics_purged_at = now() where migration = :migration")
                .param("migration", MIGRATION).update();
    }

    private void record(Progress at, long last, int read, List<Rewrite> rewrites) {
        for (Rewrite rewrite : rewrites) {
            int updated = jdbc.sql("update domain_event_entry set payload = :after"
                            + " where global_index = :index and payload = :before")
                    .param("after", rewrite.after()).param("index", rewrite.globalIndex())
                    .param("before", rewrite.before()).update();
            if (updated != 1) {
                throw new IllegalStateException("Event " + rewrite.globalIndex() + " could not be sealed: not"
                        + " reached as the schema's owner (spring.flyway.user), or changed meanwhile");
            }
        }
        int moved = jdbc.sql("""
                        update clear_text_migration
                        set last_global_index = :last, events_read = events_read + :read,
                            events_sealed = events_sealed + :sealed, values_erased = values_erased + :erased,
                            started_at = coalesce(started_at, now())
                        where migration = :migration and last_global_index = :after and finished_at is null
                        """)
                .param("last", last).param("read", read).param("sealed", rewrites.size())
                .param("erased", rewrites.stream().mapToInt(Rewrite::erased).sum())
                .param("migration", MIGRATION).param("after", at.lastGlobalIndex())
                .update();
        if (moved != 1) {
            throw new IllegalStateException("The clear-text migration moved on elsewhere; this batch is undone");
        }
    }

    /**
     * The event's payload with its clear-text personal values sealed, those of erased subjects erased; null when it
     * holds none in clear text.
     */
    private Sealed sealed(Stored event, Set<String> erased) {
        Optional<Class<?>> type = type(event);
        if (type.isEmpty() || !PersonalFields.holdsPersonalData(type.get())) {
            return null;
        }
        try {
            JsonNode stored = json.readTree(event.payload());
            if (!PersonalFields.inClearText(type.get(), stored)) {
                return null;
            }
            ObjectNode sealed = (ObjectNode) stored.deepCopy();
            int erasedValues = PersonalFields.erase(type.get(), sealed,
                    (tenant, subject) -> erased.contains(tenant + "/" + subject));
            fields.seal(type.get(), sealed);
            return new Sealed(sealed, erasedValues);
        } catch (IOException e) {
            throw new UncheckedIOException("The payload of event " + event.globalIndex() + " is not JSON", e);
        }
    }

    /** Every (tenant, subject) an erasure names, as {@code <tenant>/<kind>:<id>}. */
    private Set<String> erasedSubjects() {
        Set<String> erased = new HashSet<>();
        jdbc.sql("select payload from domain_event_entry where payload_type = :type")
                .param("type", PersonalDataErased.class.getName())
                .query((row, n) -> row.getBytes(1)).list()
                .forEach(payload -> {
                    try {
                        JsonNode erasure = json.readTree(payload);
                        UUID tenant = UUID.fromString(erasure.get("tenantId").textValue());
                        erasure.get("subjects").forEach(subject -> erased.add(tenant + "/" + subject.textValue()));
                    } catch (IOException e) {
                        throw new UncheckedIOException("An erasure's payload is not JSON", e);
                    }
                });
        return erased;
    }

    private byte[] bytes(ObjectNode payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Class<?>> type(Stored event) {
        try {
            return Optional.of(Class.forName(event.payloadType(), false, ClearTextMigration.class.getClassLoader()));
        } catch (ClassNotFoundException noLongerAnEvent) {
            return Optional.empty();
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
