package forum.projections.networkstatistics;

import forum.core.network.NetworkEvent;
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

class NetworkMembershipProjectionTest {

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final NetworkMembershipProjection projection = new NetworkMembershipProjection(database.writes());

    @Test
    void writesEveryNetworkEventItReads() {
        assertThat(fedEach(projection, database, NetworkEvent.class)).isNotEmpty().allSatisfy(Fed::wroteWithoutError);
    }

    @Test
    void refusesAnEventItHasNoBranchFor() {
        DomainEvent other = notReadBy(projection);

        assertThatThrownBy(() -> apply(projection, database, other))
                .isInstanceOf(UnhandledEventException.class).hasMessageContaining(other.getClass().getSimpleName());
    }
}
