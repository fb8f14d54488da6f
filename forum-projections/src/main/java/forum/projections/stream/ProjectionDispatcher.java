package forum.projections.stream;

import forum.core.shared.DomainEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one event to every projection that reads it, each only if its position advances, so
 * a redelivered or replayed record changes nothing. Runs inside the consumer's transaction.
 */
public final class ProjectionDispatcher {

    private final List<Projection> projections;
    private final ProjectionPositions positions;

    public ProjectionDispatcher(List<Projection> projections, ProjectionPositions positions) {
        this.projections = List.copyOf(projections);
        this.positions = positions;
        Set<String> names = new HashSet<>();
        for (Projection projection : projections) {
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
