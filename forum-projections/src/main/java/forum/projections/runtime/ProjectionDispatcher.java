package forum.projections.runtime;

import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.core.shared.DomainEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one event to every projection that reads it, each only if its position advances, so
 * a redelivered or replayed record changes nothing. Runs inside the consumer's transaction.
 *
 * <p>An event whose aggregate's previous event was never applied is refused (SequenceGapException), never
 * applied over the gap: the positions would then take the missing event for applied. Every event type is read
 * by some projection, so the greatest position of an aggregate is the last of its events applied.
 */
final class ProjectionDispatcher {

    private final List<Projection> projections;
    private final ProjectionPositions positions;
    private final SequenceGaps gaps;

    public ProjectionDispatcher(List<Projection> projections, ProjectionPositions positions, SequenceGaps gaps) {
        this.projections = List.copyOf(projections);
        this.positions = positions;
        this.gaps = gaps;
        Set<String> names = new HashSet<>();
        for (Projection projection : projections) {
            if (!names.add(projection.name())) {
                // Two projections under one name would share, and skip each other's, positions.
                throw new IllegalStateException("Two projections are named " + projection.name());
            }
        }
        for (Class<? extends DomainEvent> type : DomainEventTypes.all()) {
            if (projections.stream().noneMatch(projection -> projection.handles(type))) {
                // Its events would move no position, and the aggregate's next event would look like a gap.
                throw new IllegalStateException("No projection reads " + type.getSimpleName());
            }
        }
    }

    /** Before dispatching these records in one transaction: their aggregates' positions in one read. */
    public void prepare(List<DomainEventRecord> records) {
        positions.prefetch(records.stream().map(DomainEventRecord::subject).toList());
    }

    public void dispatch(DomainEvent event, DomainEventRecord record) {
        long lastApplied = positions.lastApplied(record.subject());
        if (record.sequence() > lastApplied + 1) {
            SequenceGapException gap = new SequenceGapException(record, lastApplied);
            gaps.held(gap);
            throw gap;
        }
        gaps.applied(record.subject());
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
