package forum.projections.runtime;

import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.municipality.Country;
import forum.core.network.NetworkCreated;
import forum.projections.ledger.EventLedger;
import forum.projections.support.MunicipalityStory;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer applies a polled batch in one transaction, its writes queued and sent together (several rows of one
 * insert as one statement). The rows must be exactly those that applying the records one at a time gives.
 * Both runs happen in transactions that roll back, so they start from the same empty read models.
 */
@ProjectionsIntegrationTest
class OneTransactionPerBatchIT {

    @Autowired
    ProjectionConsumer consumer;

    @Autowired
    ReadModelWrites writes;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    List<Projection> projections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    EventLedger ledger;

    @Test
    void aBatchInOneTransactionLeavesTheRowsThatOneRecordAtATimeLeaves() {
        List<MunicipalityStory> municipalities = List.of(new MunicipalityStory("Alfa"),
                new MunicipalityStory("Beta"), new MunicipalityStory("Gamma"));
        List<DomainEventRecord> batch = interleaved(municipalities);

        Map<String, List<Map<String, Object>>> together = rowsAfter(municipalities, apply -> batch.forEach(apply));
        Map<String, List<Map<String, Object>>> oneByOne = rowsAfter(municipalities, apply -> batch.forEach(record -> {
            apply.accept(record);
            writes.flush();
        }));

        assertThat(together.values().stream().mapToInt(List::size).sum()).isGreaterThan(60);
        assertThat(together.keySet()).isEqualTo(oneByOne.keySet());
        together.forEach((table, rows) ->
                assertThat(rows).as(table).containsExactlyInAnyOrderElementsOf(oneByOne.get(table)));
    }

    @Test
    void aPolledBatchDeliveredAgainChangesNothing() {
        List<MunicipalityStory> municipalities = List.of(new MunicipalityStory("Delta"),
                new MunicipalityStory("Epsilon"));
        List<ConsumerRecord<String, String>> polled = new ArrayList<>();
        for (DomainEventRecord record : interleaved(municipalities)) {
            polled.add(new ConsumerRecord<>("forum.domain-events", 0, polled.size(),
                    String.valueOf(record.tenantId()), CloudEventEnvelope.write(json, record)));
        }
        // A redelivered record inside the first batch, too: its aggregate's position was read before it.
        List<ConsumerRecord<String, String>> withRepeat = new ArrayList<>(polled);
        withRepeat.add(polled.get(polled.size() - 1));

        consumer.consume(withRepeat);
        Map<UUID, EventLedger.Figures> counted = ledgers(municipalities);
        Map<String, List<Map<String, Object>>> rows = rowsAfter(municipalities, apply -> { });
        consumer.consume(polled);

        // Each municipality's story and its invitation to the network.
        assertThat(counted.values()).allSatisfy(figures -> assertThat(figures.events()).isEqualTo(
                municipalities.get(0).events(new Streams(json), UUID.randomUUID(), Instant.EPOCH).size() + 1));
        assertThat(ledgers(municipalities)).isEqualTo(counted);
        assertThat(rowsAfter(municipalities, apply -> { })).isEqualTo(rows);
    }

    private Map<UUID, EventLedger.Figures> ledgers(List<MunicipalityStory> municipalities) {
        Map<UUID, EventLedger.Figures> figures = new LinkedHashMap<>();
        municipalities.forEach(municipality -> figures.put(municipality.tenant, ledger.of(municipality.tenant)));
        return figures;
    }

    /** The municipalities' stories, event by event in turn, as one partition would deliver them. */
    private List<DomainEventRecord> interleaved(List<MunicipalityStory> municipalities) {
        Streams streams = new Streams(json);
        UUID network = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-10-01T08:00:00Z");
        List<DomainEventRecord> batch = new ArrayList<>();
        // First, so that it takes the network's first sequence number.
        batch.add(streams.next(null, network, t0, new NetworkCreated(network, "Nätverket", Country.SE)));
        municipalities.forEach(municipality -> batch.add(municipality.invitation(streams, network, t0)));
        List<List<DomainEventRecord>> stories = municipalities.stream()
                .map(municipality -> municipality.events(streams, network, t0)).toList();
        for (int i = 0; i < stories.get(0).size(); i++) {
            for (List<DomainEventRecord> story : stories) {
                batch.add(story.get(i));
            }
        }
        return batch;
    }

    /** Every read-model row of these municipalities after {@code work}, in a transaction then rolled back. */
    private Map<String, List<Map<String, Object>>> rowsAfter(List<MunicipalityStory> municipalities,
                                                             Consumer<Consumer<DomainEventRecord>> work) {
        return transaction.execute(status -> {
            work.accept(consumer::apply);
            writes.flush();
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            for (String table : tables()) {
                List<Map<String, Object>> tableRows = new ArrayList<>();
                for (MunicipalityStory municipality : municipalities) {
                    tenantScope.enter(municipality.tenant);
                    tableRows.addAll(jdbc.sql("select * from " + table).query().listOfRows());
                }
                rows.put(table, tableRows);
            }
            status.setRollbackOnly();
            return rows;
        });
    }

    private List<String> tables() {
        return projections.stream().flatMap(projection -> projection.tables().stream()).distinct().sorted().toList();
    }
}
