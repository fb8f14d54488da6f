package forum.projections.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The aggregates whose events the consumers hold because one is missing (SequenceGapException): logged once
 * when a gap opens, counted ({@code forum.consumer.sequence.gaps}), shown while open
 * ({@code forum.consumer.sequence.gaps.open}, and in the health endpoint), closed when the held event applies.
 */
@Component
public class SequenceGaps {

    private static final Logger log = LoggerFactory.getLogger(SequenceGaps.class);

    public record Gap(String message, Instant since) {
    }

    private final Map<String, Gap> open = new ConcurrentHashMap<>();
    private final Counter opened;
    private final Clock clock = Clock.systemUTC();

    public SequenceGaps(MeterRegistry meters) {
        this.opened = Counter.builder("forum.consumer.sequence.gaps")
                .description("Events held because an earlier event of their aggregate was never applied")
                .register(meters);
        Gauge.builder("forum.consumer.sequence.gaps.open", open, Map::size)
                .description("Aggregates whose events are held now for a missing event")
                .register(meters);
    }

    /** A held event failed its retry again; only a new gap is logged and counted. */
    void held(SequenceGapException gap) {
        if (open.putIfAbsent(gap.aggregate(), new Gap(gap.getMessage(), clock.instant())) == null) {
            opened.increment();
            log.error("Read models hold the events of aggregate {} until its missing event is applied (a rebuild "
                    + "from the event store fills the gap): {}", gap.aggregate(), gap.getMessage());
        }
    }

    /** The aggregate's event was applied in sequence. */
    void applied(String aggregate) {
        if (!open.isEmpty() && open.remove(aggregate) != null) {
            log.info("The gap in aggregate {} is closed; its events are applied again", aggregate);
        }
    }

    public Map<String, Gap> open() {
        return Map.copyOf(open);
    }
}
