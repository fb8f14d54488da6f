package forum.projections.stream;

import forum.core.shared.DomainEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one event to the projections of one consumer group, each only if its position advances, so
 * a redelivered or replayed record changes nothing. Runs inside the consumer's transaction.
 */
public final class ProjectionDispatcher {

    private final List<Projection> projections;
    private final ProjectionPositions positions;

    public ProjectionDispatcher(String group, List<Projection> allProjections, ProjectionPositions positions) {
        this.projections = allProjections.stream().filter(projection -> group.equals(projection.group())).toList();
        this.positions = positions;
        Set<String> names = new HashSet<>();
        for (Projection projection : allProjections) {
            if (!names.add(projection.name())) {
                // Two projections under one name would share, and skip each other's, positions.
                throw new IllegalStateException("Two projections are named " + projection.name());
            }
        }
    }

    /** Before dispatching these records in one transaction: their aggregates' positions in one read. */
    public void prepare(List<DomainEventRecord> records) {
        positions.prefetch(records.stream().map(DomainEventRecord::subject).toList());
    }

    public void dispatch(DomainEvent event, DomainEventRecord record) {
        for (Projection projection : projections) {
            if (projection.handles(event.getClass()) && positions.advance(projection.name(), record)) {
                projection.apply(event, record);
            }
        }
    }

    public List<Projection> projections() {
        return projections;
    }
}
