package forum.projections.venue;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.venue.VenueEvent;
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

class VenueRegisterProjectionTest {

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final VenueRegisterProjection projection = new VenueRegisterProjection(database.writes(), new ObjectMapper());

    @Test
    void writesEveryVenueEventItReads() {
        assertThat(fedEach(projection, database, VenueEvent.class)).isNotEmpty().allSatisfy(Fed::wroteWithoutError);
    }

    @Test
    void refusesAnEventItHasNoBranchFor() {
        DomainEvent other = notReadBy(projection);

        assertThatThrownBy(() -> apply(projection, database, other))
                .isInstanceOf(UnhandledEventException.class).hasMessageContaining(other.getClass().getSimpleName());
    }
}
