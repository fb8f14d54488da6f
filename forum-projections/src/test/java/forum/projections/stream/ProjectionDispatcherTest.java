package forum.projections.stream;

import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumEvent;
import forum.core.shared.DomainEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionDispatcherTest {

    record Named(String name, String group) implements Projection {

        @Override
        public List<String> tables() {
            return List.of();
        }

        @Override
        public boolean handles(Class<? extends DomainEvent> eventType) {
            return ForumEvent.class.isAssignableFrom(eventType);
        }

        @Override
        public void apply(DomainEvent event, DomainEventRecord record) {
        }
    }

    @Test
    void eachConsumerGroupTakesOnlyItsOwnProjections() {
        var readModel = new Named("forums", ReadModelConsumer.GROUP);
        var statistics = new Named("statistics", "forum-network-statistics");

        assertThat(new ProjectionDispatcher(ReadModelConsumer.GROUP, List.of(readModel, statistics), null).projections())
                .containsExactly(readModel);
        assertThat(new ProjectionDispatcher("forum-network-statistics", List.of(readModel, statistics), null)
                .projections()).containsExactly(statistics);
    }

    @Test
    void twoProjectionsMayNotShareANameAndSoTheirPositions() {
        assertThatThrownBy(() -> new ProjectionDispatcher(ReadModelConsumer.GROUP,
                List.of(new Named("forums", ReadModelConsumer.GROUP), new Named("forums", "other")), null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDefaultGroupIsTheReadModels() {
        Projection plain = new Projection() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public List<String> tables() {
                return List.of();
            }

            @Override
            public boolean handles(Class<? extends DomainEvent> eventType) {
                return eventType == ForumEstablished.class;
            }

            @Override
            public void apply(DomainEvent event, DomainEventRecord record) {
            }
        };
        assertThat(plain.group()).isEqualTo(ReadModelConsumer.GROUP);
    }
}
