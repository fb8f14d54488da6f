package forum.projections.casetimeline;

import forum.core.shared.DomainEvent;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.VenueEvent;
import forum.core.venue.VenueIssueResolved;
import forum.projections.runtime.UnhandledEventException;
import forum.projections.runtime.WritesWithoutDatabase;
import forum.projections.support.ProjectionSamples.Fed;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.util.List;
import java.util.Set;

import static forum.projections.support.ProjectionSamples.apply;
import static forum.projections.support.ProjectionSamples.fedEach;
import static forum.projections.support.ProjectionSamples.notReadBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTimelineProjectionTest {

    /** Entries that name the issue or recommendation they follow, read from the timeline before writing. */
    private static final Set<Class<?>> READ_FIRST = Set.of(VenueIssueResolved.class,
            LicenceRecommendationRevoked.class);

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final CaseTimelineProjection projection = new CaseTimelineProjection(database.jdbc(), database.writes());

    @Test
    void writesEveryVenueEventItReads() {
        List<Fed> fed = fedEach(projection, database, VenueEvent.class);

        assertThat(fed).filteredOn(each -> !READ_FIRST.contains(each.type()))
                .isNotEmpty().allSatisfy(Fed::wroteWithoutError);
        // Without a database they get as far as their read; CaseTimelinesIT shows what they write.
        assertThat(fed).filteredOn(each -> READ_FIRST.contains(each.type())).hasSize(READ_FIRST.size())
                .allSatisfy(each -> assertThat(each.failure()).isInstanceOf(DataAccessResourceFailureException.class));
    }

    @Test
    void refusesAnEventItHasNoBranchFor() {
        DomainEvent other = notReadBy(projection);

        assertThatThrownBy(() -> apply(projection, database, other))
                .isInstanceOf(UnhandledEventException.class).hasMessageContaining(other.getClass().getSimpleName());
    }
}
