package forum.projections.operator;

import forum.core.municipality.MunicipalityEvent;
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

class OperatorMunicipalityProjectionTest {

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final OperatorMunicipalityProjection projection = new OperatorMunicipalityProjection(database.writes());

    @Test
    void writesEveryMunicipalityEventItReads() {
        assertThat(fedEach(projection, database, MunicipalityEvent.class)).isNotEmpty().allSatisfy(Fed::wroteWithoutError);
    }

    @Test
    void refusesAnEventItHasNoBranchFor() {
        DomainEvent other = notReadBy(projection);

        assertThatThrownBy(() -> apply(projection, database, other))
                .isInstanceOf(UnhandledEventException.class).hasMessageContaining(other.getClass().getSimpleName());
    }
}
