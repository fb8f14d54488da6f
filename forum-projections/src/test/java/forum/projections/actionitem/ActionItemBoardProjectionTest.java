package forum.projections.actionitem;

import forum.core.meeting.MeetingEvent;
import forum.core.shared.DomainEvent;
import forum.projections.runtime.UnhandledEventException;
import forum.projections.runtime.WritesWithoutDatabase;
import forum.projections.support.ProjectionSamples.Fed;
import org.junit.jupiter.api.Test;

import static forum.projections.support.ProjectionSamples.apply;
import static forum.projections.support.ProjectionSamples.fedEach;
import static forum.projections.support.ProjectionSamples.notReadBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionItemBoardProjectionTest {

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final ActionItemBoardProjection projection = new ActionItemBoardProjection(database.writes());

    @Test
    void writesEveryMeetingEventItReads() {
        assertThat(fedEach(projection, database, MeetingEvent.class)).isNotEmpty().allSatisfy(Fed::wroteWithoutError);
    }

    @Test
    void refusesAnEventItHasNoBranchFor() {
        DomainEvent other = notReadBy(projection);

        assertThatThrownBy(() -> apply(projection, database, other))
                .isInstanceOf(UnhandledEventException.class).hasMessageContaining(other.getClass().getSimpleName());
    }
}
