package forum.api.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import forum.api.eventstore.ClearTextMigration;
import forum.api.eventstore.ClearTextMigration.Progress;
import forum.api.eventstore.EventRelay;
import forum.api.erasure.Erasures;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.api.support.TopicScans;
import forum.core.erasure.ErasureReason;
import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.shared.PersonalData;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;
import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import forum.projections.personaldata.PersonalFields;
import forum.projections.personaldata.SubjectKeys;
import forum.projections.runtime.Projection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tenant's history as it was before sealing existed: its events' personal values in clear text in the event store,
 * and clear-text copies of its records on the topic and the dead-letter topic, as an old publisher wrote them. The
 * migration, interrupted after its first batch and resumed, leaves the canary nowhere (event store, topics' records,
 * their files on disk), publishes nothing again, changes nothing else, and a second run does nothing.
 */
@ForumIntegrationTest
class ClearTextHistoryIT {

    private static final String TOPIC = "forum.domain-events";
    private static final String DEAD_LETTERS = "forum.domain-events.dead-letters";

    /** One stored event as the relay reads it, everything but the payload compared as it was. */
    private record StoredEvent(long globalIndex, String identifier, String aggregate, long sequence, String type,
                               String timestamp, String payloadType, String metadata, String payload) {
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRelay relay;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    List<Projection> projections;

    @Autowired
    PersonalFields fields;

    @Autowired
    ObjectMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ClearTextMigration migration;

    @Autowired
    ClearTextHistory history;

    @Autowired
    Erasures erasures;

    @Autowired
    Environment environment;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void theClearTextHistoryIsSealedInTheStoreAndGoneFromTheTopicsAndTheirFilesWithNothingPublishedAgain()
            throws Exception {
        String canary = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID tenant = writeCase(canary);
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        checks.awaitEqual(Duration.ofSeconds(60), tenant);
        Map<String, List<String>> readModels = checks.snapshot(tenant, tables());
        TopicScans topics = new TopicScans(bootstrapServers);
        List<StoredEvent> sealed = events(tenant);
        List<String> published = topics.awaitValuesKeyed(TOPIC, tenant.toString(), sealed.size());

        Map<Long, JsonNode> clear = storeInClearText(sealed);
        publishInClearText(published);
        assertThat(payloads(tenant)).anyMatch(p -> p.contains(canary));
        assertThat(values(topics.records(TOPIC))).anyMatch(v -> v.contains(canary));
        assertThat(topics.filesMentioning(TOPIC, canary)).isNotEmpty();
        assertThat(topics.filesMentioning(DEAD_LETTERS, canary)).isNotEmpty();
        checks.awaitEqual(Duration.ofSeconds(60), tenant);
        List<ConsumerRecord<String, String>> before = keyed(topics.records(TOPIC), tenant);
        assertThat(before).hasSize(2 * sealed.size());
        int partition = before.get(0).partition();
        long endBefore = endOffset(topics, partition);
        long publishedUpTo = publisherPosition();

        // As at the first start of this version on that database: nothing done yet. Interrupted after a batch.
        resetMigrationTo(sealed.get(0).globalIndex() - 1);
        Progress first = migration.sealNextBatch(2, migration.storeEnd());
        assertThat(first.finished()).isFalse();
        assertThat(first.eventsRead()).isEqualTo(2);
        assertThat(first.eventsSealed()).isPositive();
        assertThat(payloads(tenant)).anyMatch(p -> p.contains(canary));

        history.run();

        Progress done = migration.progress();
        assertThat(done.finished()).isTrue();
        assertThat(done.topicsPurged()).isTrue();
        assertThat(done.eventsSealed()).isEqualTo(clear.size());
        List<StoredEvent> after = events(tenant);
        assertThat(after).hasSameSizeAs(sealed);
        for (int i = 0; i < after.size(); i++) {
            StoredEvent was = sealed.get(i);
            StoredEvent is = after.get(i);
            assertThat(is).as("event %s but its payload", was.globalIndex())
                    .usingRecursiveComparison().ignoringFields("payload").isEqualTo(was);
            assertThat(is.payload()).doesNotContain(canary);
            if (clear.containsKey(is.globalIndex())) {
                assertThat(is.payload()).contains(SubjectKeys.SEALED);
                assertThat(opened(is)).as("event %s opened", is.globalIndex()).isEqualTo(clear.get(is.globalIndex()));
            }
        }
        assertThat(owner().sql("select count(*) from domain_event_entry where position(convert_to(:canary, 'UTF8')"
                + " in payload) > 0").param("canary", canary).query(Long.class).single()).isZero();

        // Nothing published again: no new event, no record of the tenant; the partition gained only the roll
        // record (aborted) and its abort marker.
        assertThat(publisherPosition()).isEqualTo(publishedUpTo);
        List<ConsumerRecord<String, String>> remaining = topics.records(TOPIC);
        assertThat(keyed(remaining, tenant)).isEmpty();
        assertThat(values(remaining)).noneMatch(v -> v.contains(canary));
        assertThat(values(topics.records(DEAD_LETTERS))).noneMatch(v -> v.contains(canary));
        assertThat(endOffset(topics, partition)).isEqualTo(endBefore + 2);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(topics.filesMentioning(TOPIC, canary)).isEmpty();
            assertThat(topics.filesMentioning(DEAD_LETTERS, canary)).isEmpty();
        });

        checks.awaitEqual(Duration.ofSeconds(60), tenant);
        assertThat(checks.snapshot(tenant, tables())).isEqualTo(readModels);

        // A second run finds everything done.
        history.run();
        assertThat(migration.progress()).isEqualTo(done);
        assertThat(events(tenant)).isEqualTo(after);
        assertThat(endOffset(topics, partition)).isEqualTo(endBefore + 2);
    }

    @Test
    void aValueWhoseSubjectWasErasedSinceItWasStoredInClearTextIsErasedNotSealed() throws Exception {
        String canary = "Erased" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID tenant = writeCase(canary);
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        checks.awaitEqual(Duration.ofSeconds(60), tenant);
        List<StoredEvent> sealed = events(tenant);
        storeInClearText(sealed);
        StoredEvent added = sealed.stream().filter(e -> e.payload().contains(SubjectKeys.SEALED)
                && e.payloadType().endsWith("ForumMemberAdded")).findFirst().orElseThrow();
        String member = json.readTree(added.payload()).get("memberId").textValue();
        erasures.erase(tenant, List.of("member:" + member), ErasureReason.PERSONS_REQUEST);
        checks.awaitEqual(Duration.ofSeconds(60), tenant);

        resetMigrationTo(sealed.get(0).globalIndex() - 1);
        history.run();

        assertThat(migration.progress().valuesErased()).isEqualTo(2);
        JsonNode erased = json.readTree(events(tenant).stream()
                .filter(e -> e.globalIndex() == added.globalIndex()).findFirst().orElseThrow().payload());
        assertThat(erased.get("personName").textValue()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.get("email").textValue()).isEqualTo(PersonalData.ERASED);
        assertThat(payloads(tenant)).noneMatch(p -> p.contains(canary) || p.contains(canary.toLowerCase()))
                .anyMatch(p -> p.contains(SubjectKeys.SEALED));
        // No key made again: sealed with one, the clear text would open again although its subject was erased.
        Long keys = transaction.execute(status -> {
            jdbc.sql("select set_config('forum.tenant_id', :t, true)").param("t", tenant.toString())
                    .query(String.class).single();
            return jdbc.sql("select count(*) from personal_data_key where subject_id = :s and keyset is not null")
                    .param("s", "member:" + member).query(Long.class).single();
        });
        assertThat(keys).isZero();
        checks.awaitEqual(Duration.ofSeconds(60), tenant);
    }

    private UUID writeCase(String canary) {
        UUID tenant = SignUps.signUp(http, "SE", "Klartextby", canary + " Coordinator").tenantId();
        UUID forum = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forum, "Trygg krog", ForumMethod.NIGHTLIFE_SAFETY, 4));
        commands.sendAndWait(new AddForumMember(tenant, forum, UUID.randomUUID(), canary + " Member",
                canary.toLowerCase() + "@example.se", "Polisen", MemberRole.POLICE));
        commands.sendAndWait(new AddForumMember(tenant, forum, UUID.randomUUID(), "Other Person",
                "other.person@example.se", "Polisen", MemberRole.POLICE));
        UUID venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, "Bar Klartext", "Storgatan 2",
                "LIC-" + UUID.randomUUID().toString().substring(0, 8), canary + " Holder",
                LicenceKind.PERMANENT_PUBLIC, "11-02"));
        commands.sendAndWait(new RegisterVenueIssue(tenant, venue, UUID.randomUUID(), IssueCategory.SERVING_MINORS,
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), IssueSource.POLICE,
                canary + " described", Severity.HIGH));
        return tenant;
    }

    /** Writes each personal event's payload back opened, as the owner, as it was stored before sealing existed. */
    private Map<Long, JsonNode> storeInClearText(List<StoredEvent> events) throws Exception {
        Map<Long, JsonNode> clear = new HashMap<>();
        for (StoredEvent event : events) {
            Class<?> type = Class.forName(event.payloadType());
            if (!PersonalFields.holdsPersonalData(type)) {
                continue;
            }
            ObjectNode opened = opened(event);
            owner().sql("update domain_event_entry set payload = :payload where global_index = :index")
                    .param("payload", json.writeValueAsBytes(opened)).param("index", event.globalIndex()).update();
            clear.put(event.globalIndex(), opened);
        }
        return clear;
    }

    /** Clear-text copies of the records, same ids, as an old publisher sent them; one also set aside. */
    private void publishInClearText(List<String> records) throws Exception {
        String setAside = null;
        for (String value : records) {
            DomainEventRecord sealed = CloudEventEnvelope.read(json, value);
            DomainEventRecord opened = transaction.execute(status -> fields.opened(sealed));
            String copy = CloudEventEnvelope.write(json, opened);
            kafka.send(new ProducerRecord<>(TOPIC, opened.tenantId().toString(), copy)).get();
            if (!copy.equals(value)) {
                setAside = copy;
            }
        }
        assertThat(setAside).as("a record with personal values").isNotNull();
        kafka.send(new ProducerRecord<>(DEAD_LETTERS, UUID.randomUUID().toString(), setAside)).get();
    }

    private ObjectNode opened(StoredEvent event) throws Exception {
        Class<?> type = Class.forName(event.payloadType());
        ObjectNode payload = (ObjectNode) json.readTree(event.payload());
        transaction.executeWithoutResult(status -> fields.open(type, payload));
        return payload;
    }

    private List<StoredEvent> events(UUID tenant) {
        return relay.jdbc().sql("""
                        select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, convert_from(meta_data, 'UTF8'), convert_from(payload, 'UTF8')
                        from domain_event_entry where event_tenant(meta_data) = :tenant order by global_index
                        """)
                .param("tenant", tenant.toString())
                .query((row, n) -> new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9)))
                .list();
    }

    private List<String> payloads(UUID tenant) {
        return events(tenant).stream().map(StoredEvent::payload).toList();
    }

    private void resetMigrationTo(long lastGlobalIndex) {
        owner().sql("""
                        update clear_text_migration
                        set last_global_index = :last, events_read = 0, events_sealed = 0, values_erased = 0,
                            started_at = null, finished_at = null, topic_ends = null, topics_purged_at = null
                        """)
                .param("last", lastGlobalIndex).update();
    }

    private long publisherPosition() {
        return jdbc.sql("select coalesce(global_index, -1) from publisher_position").query(Long.class).single();
    }

    private static long endOffset(TopicScans topics, int partition) {
        return topics.endOffsets(TOPIC).get(partition);
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, UUID key) {
        return records.stream().filter(r -> key.toString().equals(r.key())).toList();
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).filter(v -> v != null).toList();
    }

    private JdbcClient owner() {
        return JdbcClient.create(new DriverManagerDataSource(environment.getRequiredProperty("spring.flyway.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password")));
    }

    private List<String> tables() {
        Set<String> all = projections.stream().flatMap(p -> p.tables().stream()).filter(t -> !t.equals("network"))
                .collect(Collectors.toSet());
        return all.stream().sorted().toList();
    }
}
