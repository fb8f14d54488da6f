package forum.api.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import forum.api.publishing.PublisherLag;
import forum.projections.runtime.ConsumerLag;
import forum.projections.runtime.DeadLetterReader;
import forum.projections.runtime.SequenceGaps;

/**
 * The pipeline from the event store to the read models, told as the operator reads it: each part a sentence (a
 * message key and its arguments) with a state. The publisher is a concern once an event has waited a minute, a
 * failure once one has waited {@link #PUBLISHER_FAILING}; a consumer behind is a concern; a record set aside or an
 * aggregate held behind a missing event needs someone.
 */
@Component
class PipelineHealth {

    static final Duration PUBLISHER_FAILING = Duration.ofMinutes(5);

    /** Worst last: the page's summary is the worst of its items. */
    enum State { FINE, ATTENTION, FAILING }

    record Item(State state, String message, List<Object> arguments) {
    }

    private final PublisherLag publisher;
    private final ConsumerLag consumers;
    private final DeadLetterReader deadLetters;
    private final SequenceGaps gaps;
    private final KafkaHealthIndicator kafka;
    private final Clock clock;

    PipelineHealth(PublisherLag publisher, ConsumerLag consumers, DeadLetterReader deadLetters, SequenceGaps gaps,
                   KafkaHealthIndicator kafka, Clock clock) {
        this.publisher = publisher;
        this.consumers = consumers;
        this.deadLetters = deadLetters;
        this.gaps = gaps;
        this.kafka = kafka;
        this.clock = clock;
    }

    List<Item> now() {
        List<Item> items = new ArrayList<>();
        items.add(kafka());
        items.add(publisher());
        items.addAll(consumers());
        items.add(deadLetters());
        items.add(gaps());
        return items;
    }

    static State worst(List<Item> items) {
        return items.stream().map(Item::state).max(Comparator.naturalOrder()).orElse(State.FINE);
    }

    private Item kafka() {
        return Status.UP.equals(kafka.health().getStatus())
                ? new Item(State.FINE, "operator.health.kafka.fine", List.of())
                : new Item(State.FAILING, "operator.health.kafka.failing", List.of());
    }

    private Item publisher() {
        PublisherLag.Behind behind;
        try {
            behind = publisher.behind();
        } catch (RuntimeException databaseAway) {
            return new Item(State.FAILING, "operator.health.publisher.unknown", List.of());
        }
        if (behind.events() == 0) {
            return new Item(State.FINE, "operator.health.publisher.fine", List.of());
        }
        Duration waited = behind.oldest().map(oldest -> Duration.between(oldest, clock.instant()))
                .orElse(Duration.ZERO);
        State state = waited.compareTo(PUBLISHER_FAILING) >= 0 ? State.FAILING
                : waited.compareTo(Duration.ofMinutes(1)) >= 0 ? State.ATTENTION : State.FINE;
        return new Item(state, "operator.health.publisher.behind", List.of(behind.events(), minutes(waited)));
    }

    private List<Item> consumers() {
        List<Item> items = new ArrayList<>();
        new TreeMap<>(consumers.measure()).forEach((group, behind) -> items.add(behind <= 0
                ? new Item(State.FINE, "operator.health.consumer.fine", List.of(group))
                : new Item(State.ATTENTION, "operator.health.consumer.behind", List.of(group, behind))));
        return items;
    }

    private Item deadLetters() {
        DeadLetterReader.SetAside setAside;
        try {
            setAside = deadLetters.read();
        } catch (Exception unreachable) {
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Item(State.FAILING, "operator.health.deadLetters.unknown", List.of());
        }
        if (setAside.count() == 0) {
            return new Item(State.FINE, "operator.health.deadLetters.fine", List.of());
        }
        return new Item(State.ATTENTION, "operator.health.deadLetters.some",
                List.of(setAside.count(), setAside.oldest().orElse(clock.instant())));
    }

    private Item gaps() {
        Map<String, SequenceGaps.Gap> open = gaps.open();
        if (open.isEmpty()) {
            return new Item(State.FINE, "operator.health.gaps.fine", List.of());
        }
        Instant since = open.values().stream().map(SequenceGaps.Gap::since).min(Comparator.naturalOrder())
                .orElse(clock.instant());
        return new Item(State.FAILING, "operator.health.gaps.open", List.of(open.size(), since));
    }

    /** Whole minutes, at least one: "the oldest has waited 1 minute" for anything under two. */
    private static long minutes(Duration waited) {
        return Math.max(1, waited.toMinutes());
    }
}
