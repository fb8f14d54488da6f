package forum.api.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.audit.chain.Verification.Breach;
import forum.api.audit.chain.Verification.Break;
import forum.api.commands.Api;
import forum.api.commands.TestMunicipality;
import forum.api.erasure.Erasures;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import forum.core.erasure.ErasureReason;

/**
 * A municipality's chained history, tampered with by SQL as the schema's owner in each way the issue names, one case
 * at a time, the history restored after each: every change is found, at its place, by the verification, the API,
 * the auditor's page and the command line; an untouched history and one with a person erased verify clean.
 */
@ForumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainTamperingIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Environment environment;

    @Autowired
    ChainVerification verification;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    Chainer chainer;

    @Autowired
    ChainStore store;

    @Autowired
    Erasures erasures;

    private SingleConnectionDataSource ownerConnection;
    private JdbcClient owner;
    private TestMunicipality town;
    private String chain;
    /** An index no transaction committed, within the town's history: where an event can be slipped in. */
    private long unused;
    private List<Long> indexes;

    @BeforeAll
    void aChainedHistory() {
        chainer.gapGrace(Duration.ofMillis(300));
        ownerConnection = new SingleConnectionDataSource(environment.getRequiredProperty("spring.flyway.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"), true);
        owner = JdbcClient.create(ownerConnection);
        town = TestMunicipality.signUp(http, accounts);
        chain = Chains.of(town.tenantId());
        TestRestTemplate coordinator = town.as(http, Role.COORDINATOR);
        UUID forum = Api.created(Api.post(coordinator, "/api/v1/forums",
                Map.of("name", "Skjenkeforum", "method", "OTHER", "meetingsPerYear", 4)));
        Api.created(Api.post(coordinator, "/api/v1/forums/" + forum + "/members",
                Map.of("personName", "Per Politi", "organisation", "Politiet", "role", "POLICE")));
        unused = owner.sql("select nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))")
                .query(Long.class).single();
        Api.created(Api.post(coordinator, "/api/v1/forums/" + forum + "/members",
                Map.of("personName", "Sara SSP", "organisation", "SSP", "role", "SSP")));
        Api.created(Api.post(coordinator, "/api/v1/venues", Map.of("name", "Baren", "address", "Gata 1",
                "licenceNumber", "LIC-1", "licenceHolder", "Baren AS", "licenceKind", "PERMANENT_PUBLIC",
                "servingHours", "18-01")));
        indexes = awaitChained(town.tenantId());
        checkpoints.signNow(chain);
        owner.sql("create temporary table kept_events as select * from domain_event_entry"
                + " where event_tenant(meta_data) = :tenant").param("tenant", chain).update();
        owner.sql("create temporary table kept_links as select * from event_chain_link where chain = :chain")
                .param("chain", chain).update();
        owner.sql("create temporary table kept_checkpoints as select * from event_chain_checkpoint"
                + " where chain = :chain").param("chain", chain).update();
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(5);
        assertThat(unused).isBetween(indexes.get(0), indexes.get(indexes.size() - 1));
    }

    @AfterEach
    void restored() {
        owner.sql("delete from domain_event_entry where event_tenant(meta_data) = :tenant or global_index = :unused")
                .param("tenant", chain).param("unused", unused).update();
        owner.sql("insert into domain_event_entry overriding system value select * from kept_events").update();
        owner.sql("delete from event_chain_link where chain = :chain").param("chain", chain).update();
        owner.sql("insert into event_chain_link select * from kept_links").update();
        owner.sql("delete from event_chain_checkpoint where chain = :chain").param("chain", chain).update();
        owner.sql("insert into event_chain_checkpoint select * from kept_checkpoints").update();
    }

    @AfterAll
    void closed() {
        chainer.gapGrace(Duration.ofMinutes(1));
        ownerConnection.destroy();
    }

    @Test
    void anUntouchedHistoryVerifiesClean() {
        Verification result = verification.verify(Optional.of(chain));

        assertThat(result.clean()).as("%s", result).isTrue();
        Verification.ChainOutcome outcome = result.chains().get(0);
        assertThat(outcome.events()).isEqualTo(indexes.size());
        assertThat(outcome.lastGlobalIndex()).isEqualTo(indexes.get(indexes.size() - 1));
        assertThat(outcome.lastCheckpointEvents()).isEqualTo(indexes.size());
        assertThat(commandLine()).isZero();
    }

    @Test
    void anEditedPayloadIsFound() {
        long edited = indexes.get(2);
        owner.sql("update domain_event_entry set payload = payload || convert_to(' ', 'UTF8') where global_index = :i")
                .param("i", edited).update();

        assertBroken(Breach.DIGEST_MISMATCH, edited, true);
        assertThat(commandLine()).isEqualTo(1);
    }

    @Test
    void editedMetadataIsFound() {
        long edited = indexes.get(1);
        owner.sql("""
                        update domain_event_entry
                        set meta_data = convert_to((convert_from(meta_data, 'UTF8')::jsonb
                                                    || '{"correlationId": "forged"}')::text, 'UTF8')
                        where global_index = :i
                        """)
                .param("i", edited).update();

        assertBroken(Breach.DIGEST_MISMATCH, edited, true);
    }

    @Test
    void anEditedTimestampIsFound() {
        long edited = indexes.get(3);
        owner.sql("update domain_event_entry set time_stamp = '2020-01-01T00:00:00Z' where global_index = :i")
                .param("i", edited).update();

        assertBroken(Breach.DIGEST_MISMATCH, edited, true);
    }

    @Test
    void aDeletedEventIsFound() {
        long deleted = indexes.get(2);
        owner.sql("delete from domain_event_entry where global_index = :i").param("i", deleted).update();

        assertBroken(Breach.MISSING_EVENT, deleted, true);
    }

    @Test
    void swappedEventsAreFound() {
        long first = indexes.get(1);
        long second = indexes.get(3);
        owner.sql("create temporary table swapped as select * from domain_event_entry where global_index in (:a, :b)")
                .param("a", first).param("b", second).update();
        owner.sql("delete from domain_event_entry where global_index in (:a, :b)")
                .param("a", first).param("b", second).update();
        owner.sql("""
                        insert into domain_event_entry overriding system value
                        select case when global_index = :a then :b else :a end, event_identifier, aggregate_identifier,
                               sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
                        from swapped
                        """)
                .param("a", first).param("b", second).update();
        owner.sql("drop table swapped").update();

        Break broken = assertBroken(Breach.ORDER, first, false);
        assertThat(broken.eventIdentifier()).isEqualTo(keptEvent(second).get("event_identifier"));
        assertThat(broken.detail()).contains("at index " + second);
    }

    @Test
    void anInsertedEventIsFound() {
        owner.sql("""
                        insert into domain_event_entry overriding system value
                        select :unused, :event, aggregate_identifier, sequence_number + 1000, type, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        from domain_event_entry where global_index = :copied
                        """)
                .param("unused", unused).param("event", UUID.randomUUID().toString())
                .param("copied", indexes.get(1)).update();

        Break broken = assertBroken(Breach.EXTRA_EVENT, unused, false);
        assertThat(broken.aggregateIdentifier()).isEqualTo(keptEvent(indexes.get(1)).get("aggregate_identifier"));
    }

    @Test
    void aTruncatedTailIsFound() {
        List<Long> tail = indexes.subList(indexes.size() - 2, indexes.size());
        owner.sql("delete from domain_event_entry where global_index in (:tail)").param("tail", tail).update();
        owner.sql("delete from event_chain_link where global_index in (:tail)").param("tail", tail).update();
        // The table's checkpoints go too: the checkpoint file, kept apart, still names the events.
        owner.sql("delete from event_chain_checkpoint where chain = :chain").param("chain", chain).update();

        Break broken = assertBroken(Breach.TRUNCATED, indexes.get(indexes.size() - 3) + 1, false);
        assertThat(broken.detail()).contains(indexes.size() + " events up to index " + tail.get(1));
    }

    @Test
    void aForgedCheckpointIsFound() {
        owner.sql("update event_chain_checkpoint set event_count = event_count + 1 where chain = :chain")
                .param("chain", chain).update();

        assertBroken(Breach.BAD_SIGNATURE, indexes.get(indexes.size() - 1), false);
    }

    @Test
    void aRewrittenChainFailsItsSignedCheckpoint() {
        long edited = indexes.get(2);
        owner.sql("update domain_event_entry set payload = payload || convert_to(' ', 'UTF8') where global_index = :i")
                .param("i", edited).update();
        // The forger recomputes the digests and links from the edited event on: only the signed checkpoint differs.
        List<StoredEvent> events = owner.sql("select " + ChainStore.EVENT_COLUMNS + " from domain_event_entry"
                        + " where event_tenant(meta_data) = :tenant order by global_index")
                .param("tenant", chain).query((row, n) -> ChainVerification.event(row, 1)).list();
        byte[] link = ChainHashes.GENESIS;
        for (StoredEvent event : events) {
            byte[] digest = ChainHashes.digest(event);
            link = ChainHashes.link(link, digest);
            owner.sql("update event_chain_link set digest = :digest, link = :link where global_index = :i")
                    .param("digest", digest).param("link", link).param("i", event.globalIndex()).update();
        }

        assertBroken(Breach.CHECKPOINT_MISMATCH, indexes.get(indexes.size() - 1), false);
    }

    @Test
    void theAuditorAndTheOperatorReadTheVerification() {
        owner.sql("delete from domain_event_entry where global_index = :i").param("i", indexes.get(2)).update();
        TestRestTemplate auditor = town.as(http, Role.AUDITOR);

        ResponseEntity<JsonNode> own = auditor.getForEntity("/api/v1/audit/chain/verification", JsonNode.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().get("clean").asBoolean()).isFalse();
        JsonNode broken = own.getBody().get("chains").get(0).get("firstBreak");
        assertThat(broken.get("what").asText()).isEqualTo("MISSING_EVENT");
        assertThat(broken.get("globalIndex").asLong()).isEqualTo(indexes.get(2));
        assertThat(auditor.getForEntity("/api/v1/audit/chain/verification?tenant=" + UUID.randomUUID(),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        TestRestTemplate operator = http.withBasicAuth(TestMunicipality.createOperator(accounts),
                TestMunicipality.PASSWORD);
        ResponseEntity<JsonNode> asOperator = operator.getForEntity("/api/v1/audit/chain/verification?tenant="
                + town.tenantId(), JsonNode.class);
        assertThat(asOperator.getBody().get("chains").get(0).get("chain").asText()).isEqualTo(chain);
        assertThat(asOperator.getBody().get("clean").asBoolean()).isFalse();
        ResponseEntity<JsonNode> every = operator.getForEntity("/api/v1/audit/chain/verification", JsonNode.class);
        assertThat(every.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode ours = null;
        for (JsonNode outcome : every.getBody().get("chains")) {
            ours = chain.equals(outcome.get("chain").asText()) ? outcome : ours;
        }
        assertThat(ours).as("the town's chain among every chain").isNotNull();
        assertThat(ours.get("firstBreak").get("globalIndex").asLong()).isEqualTo(indexes.get(2));
    }

    @Test
    void anErasureAfterChainingStillVerifiesClean() {
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        TestRestTemplate coordinator = other.as(http, Role.COORDINATOR);
        UUID forum = Api.created(Api.post(coordinator, "/api/v1/forums",
                Map.of("name", "Forum", "method", "OTHER", "meetingsPerYear", 2)));
        UUID member = Api.created(Api.post(coordinator, "/api/v1/forums/" + forum + "/members",
                Map.of("personName", "Eva Erased", "organisation", "Politiet", "role", "POLICE")));
        awaitChained(other.tenantId());
        checkpoints.signNow(Chains.of(other.tenantId()));

        erasures.erase(other.tenantId(), List.of("member:" + member), ErasureReason.PERSONS_REQUEST);
        List<Long> chained = awaitChained(other.tenantId());

        Verification result = verification.verify(Optional.of(Chains.of(other.tenantId())));
        assertThat(result.clean()).as("%s", result).isTrue();
        assertThat(result.chains().get(0).events()).isEqualTo(chained.size());
    }

    /** Found, first, at the index, naming the event and its aggregate where the break is an event's. */
    private Break assertBroken(Breach what, long globalIndex, boolean namesTheEvent) {
        Verification result = verification.verify(Optional.of(chain));
        assertThat(result.clean()).isFalse();
        Break broken = result.chains().get(0).firstBreak();
        assertThat(broken.what()).as("%s", broken).isEqualTo(what);
        assertThat(broken.globalIndex()).as("%s", broken).isEqualTo(globalIndex);
        if (namesTheEvent) {
            Map<String, Object> kept = keptEvent(globalIndex);
            assertThat(broken.eventIdentifier()).isEqualTo(kept.get("event_identifier"));
            assertThat(broken.aggregateIdentifier()).isEqualTo(kept.get("aggregate_identifier"));
        }
        return broken;
    }

    private Map<String, Object> keptEvent(long globalIndex) {
        return owner.sql("select event_identifier, aggregate_identifier from kept_events where global_index = :i")
                .param("i", globalIndex).query().singleRow();
    }

    private int commandLine() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = VerifyChainCommand.run(verification, VerifyChainCommand.chain(new String[] {"--tenant",
                town.tenantId().toString()}), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).endsWith((exit == 0 ? "CLEAN" : "BROKEN") + System.lineSeparator());
        return exit;
    }

    /**
     * The tenant's events, once all of them are chained. Another application context of the test JVM may hold the
     * chainer's lock, with the gap grace of a minute.
     */
    private List<Long> awaitChained(UUID tenant) {
        return await().atMost(Duration.ofMinutes(2)).until(() -> {
            List<Long> events = owner.sql("select global_index from domain_event_entry"
                            + " where event_tenant(meta_data) = :tenant order by global_index")
                    .param("tenant", tenant.toString()).query(Long.class).list();
            return store.position() >= events.get(events.size() - 1) ? events : null;
        }, events -> events != null);
    }
}
