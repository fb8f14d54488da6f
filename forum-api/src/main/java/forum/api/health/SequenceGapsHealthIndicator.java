package forum.api.health;

import forum.projections.runtime.SequenceGaps;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Down while the consumers hold an aggregate's events because one of them is missing: the read models of its
 * partition stay behind the event store until the gap is filled (README, Operations).
 */
@Component
class SequenceGapsHealthIndicator extends AbstractHealthIndicator {

    private final SequenceGaps gaps;

    SequenceGapsHealthIndicator(SequenceGaps gaps) {
        super("Sequence gaps could not be read");
        this.gaps = gaps;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        var open = gaps.open();
        if (open.isEmpty()) {
            health.up();
        } else {
            health.down().withDetail("heldAggregates", open);
        }
    }
}
