package forum.projections.runtime;

import forum.projections.contract.DomainEventRecord;
import forum.core.forum.ForumEvent;
import forum.core.shared.DomainEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionDispatcherTest {

    record Named(String name) implements Projection {

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
    void twoProjectionsMayNotShareANameAndSoTheirPositions() {
        assertThatThrownBy(() -> new ProjectionDispatcher(List.of(new Named("forums"), new Named("forums")), null, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyEventTypeMustBeReadBySomeProjectionOrItsAggregatesNextEventWouldLookLikeAGap() {
        assertThatThrownBy(() -> new ProjectionDispatcher(List.of(new Named("forums")), null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No projection reads");
    }
}
