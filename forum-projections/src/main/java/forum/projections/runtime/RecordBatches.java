package forum.projections.runtime;

import forum.projections.contract.SealedValues;
import forum.projections.contract.CloudEventEnvelope;
import forum.projections.contract.DomainEventRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;

/**
 * Applies a polled batch of records in one database transaction: one commit (one WAL flush) per batch
 * instead of one per record, which would bound the read models' throughput (BENCHMARKS.md, lag).
 *
 * <p>When the batch fails, it is rolled back whole and applied again record by record, each in its own
 * transaction, up to the record that fails. That one is reported to the error handler by its index, so the
 * handler commits the offsets before it and deals with exactly that record (retried while the database is
 * away, sent to the dead-letter topic when it is broken), as it does for a record listener. Records
 * applied twice this way change nothing: the projections' positions are in the same transactions.
 */
@Component
class RecordBatches {

    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final SealedValues sealedValues;

    public RecordBatches(PlatformTransactionManager transactions, ObjectMapper json, SealedValues sealedValues) {
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.sealedValues = sealedValues;
    }

    /**
     * Reads the batch's events and opens their personal values, then applies them with {@code apply} in one
     * transaction, after reading their aggregates' positions and their subjects' keys at once (a statement each
     * instead of one per aggregate and subject).
     */
    public void apply(List<ConsumerRecord<String, String>> batch, ProjectionDispatcher dispatcher,
                      Consumer<DomainEventRecord> apply) {
        apply(batch, records -> {
            List<DomainEventRecord> events = sealedValues.opened(records.stream()
                    .map(record -> CloudEventEnvelope.read(json, record.value())).toList());
            dispatcher.prepare(events);
            events.forEach(apply);
        });
    }

    /** {@code apply} gets the whole batch, or when that fails, one record at a time; always in a transaction. */
    private void apply(List<ConsumerRecord<String, String>> batch,
                       Consumer<List<ConsumerRecord<String, String>>> apply) {
        try {
            transaction.executeWithoutResult(status -> apply.accept(batch));
        } catch (RuntimeException batchFailed) {
            for (int index = 0; index < batch.size(); index++) {
                ConsumerRecord<String, String> record = batch.get(index);
                try {
                    transaction.executeWithoutResult(status -> apply.accept(List.of(record)));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException("Record " + record.topic() + "-" + record.partition()
                            + "@" + record.offset() + " could not be applied", failed, index);
                }
            }
        }
    }
}
