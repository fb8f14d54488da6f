package forum.projections.support;

import forum.projections.networkstatistics.NetworkStatisticsConsumer;
import forum.projections.stream.DomainEventRecord;
import forum.projections.stream.ReadModelConsumer;
import org.springframework.stereotype.Component;

import java.util.List;

/** Hands records to both consumer groups through their per-record path, as Kafka would deliver them. */
@Component
public class Feed {

    private final ReadModelConsumer readModels;
    private final NetworkStatisticsConsumer statistics;

    Feed(ReadModelConsumer readModels, NetworkStatisticsConsumer statistics) {
        this.readModels = readModels;
        this.statistics = statistics;
    }

    public void apply(DomainEventRecord... records) {
        apply(List.of(records));
    }

    public void apply(List<DomainEventRecord> records) {
        for (DomainEventRecord record : records) {
            readModels.apply(record);
            statistics.apply(record);
        }
    }

    /** Every record twice in a row, as after a redelivery. */
    public void applyTwice(List<DomainEventRecord> records) {
        for (DomainEventRecord record : records) {
            apply(record, record);
        }
    }
}
