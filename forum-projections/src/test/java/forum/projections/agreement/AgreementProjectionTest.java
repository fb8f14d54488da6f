package forum.projections.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.agreement.AgreementEvent;
import forum.core.shared.DomainEvent;
import forum.core.training.TrainingEvent;
import forum.projections.runtime.UnhandledEventException;
import forum.projections.runtime.WritesWithoutDatabase;
import forum.projections.support.ProjectionSamples.Fed;
import org.junit.jupiter.api.Test;

import static forum.projections.support.ProjectionSamples.apply;
import static forum.projections.support.ProjectionSamples.fedEach;
import static forum.projections.support.ProjectionSamples.notReadBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementProjectionTest {

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final AgreementProjection projection = new AgreementProjection(database.writes(), new ObjectMapper());

    @Test
    void writesEveryAgreementAndTrainingEventItReads() {
        assertThat(fedEach(projection, database, AgreementEvent.class, TrainingEvent.class))
                .hasSize(4).allSatisfy(Fed::wroteWithoutError);
    }

    @Test
    void refusesAnEventItHasNoBranchFor() {
        DomainEvent other = notReadBy(projection);

        assertThatThrownBy(() -> apply(projection, database, other))
                .isInstanceOf(UnhandledEventException.class).hasMessageContaining(other.getClass().getSimpleName());
    }
}
