package forum.projections.runtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time of the last event each consumer group applied. Its age grows while a group is stuck or
 * idle; read together with {@link ConsumerLag}'s records behind, it tells stuck from idle.
 */
@Component
class ConsumerProgress {

    private final Map<String, Instant> lastApplied = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;

    ConsumerProgress(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    public void applied(String group, Instant eventTime) {
        if (lastApplied.put(group, eventTime) == null) {
            Gauge.builder("forum.consumer.last.applied.age", this, progress -> progress.ageSeconds(group))
                    .description("Seconds since the event last applied by this consumer group was stored")
                    .baseUnit("seconds")
                    .tag("group", group)
                    .register(meters);
        }
    }

    double ageSeconds(String group) {
        Instant last = lastApplied.get(group);
        return last == null ? Double.NaN : Duration.between(last, clock.instant()).toMillis() / 1000.0;
    }
}
