package forum.projections.networkstatistics;

import forum.core.shared.DomainEvent;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.VenueEvent;
import forum.core.venue.VenueClosed;
import forum.core.venue.VenueDetailsUpdated;
import forum.core.venue.VenueIssueResolved;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.UnhandledEventException;
import forum.projections.runtime.WritesWithoutDatabase;
import forum.projections.support.ProjectionSamples.Fed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static forum.projections.support.ProjectionSamples.apply;
import static forum.projections.support.ProjectionSamples.fedEach;
import static forum.projections.support.ProjectionSamples.notReadBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseStatisticsProjectionTest {

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final CaseStatisticsProjection projection = new CaseStatisticsProjection(database.writes());

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

    @Test
    void claimingAVenueEventWithoutABranchForItIsRefused() {
        Projection claimingEveryVenueEvent = new Projection() {
            @Override
            public String name() {
                return projection.name();
            }

            @Override
            public List<String> tables() {
                return projection.tables();
            }

            @Override
            public boolean handles(Class<? extends DomainEvent> eventType) {
                return VenueEvent.class.isAssignableFrom(eventType);
            }

            @Override
            public void apply(DomainEvent event, DomainEventRecord record) {
                projection.apply(event, record);
            }
        };

        assertThat(fedEach(claimingEveryVenueEvent, database, VenueEvent.class))
                .filteredOn(fed -> fed.failure() instanceof UnhandledEventException)
                .extracting(Fed::type)
                .containsExactlyInAnyOrder(VenueIssueResolved.class, LicenceRecommendationRevoked.class,
                        VenueDetailsUpdated.class, VenueClosed.class);
    }
}
