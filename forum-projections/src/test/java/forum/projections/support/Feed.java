package forum.projections.support;

import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.ProjectionConsumer;
import org.springframework.stereotype.Component;

import java.util.List;

/** Hands records to the projections' consumer through its per-record path, as Kafka would deliver them. */
@Component
public class Feed {

    private final ProjectionConsumer consumer;

    Feed(ProjectionConsumer consumer) {
        this.consumer = consumer;
    }

    public void apply(DomainEventRecord... records) {
        apply(List.of(records));
    }

    public void apply(List<DomainEventRecord> records) {
        records.forEach(consumer::apply);
    }

    /** Every record twice in a row, as after a redelivery. */
    public void applyTwice(List<DomainEventRecord> records) {
        for (DomainEventRecord record : records) {
            apply(record, record);
        }
    }
}
