package forum.projections.ledger;

import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.DomainEventTypes;
import forum.projections.contract.EventTenancy;
import forum.projections.runtime.GatheredRows;
import forum.projections.runtime.WritesWithoutDatabase;
import forum.projections.support.SampleEvents;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class EventLedgerProjectionTest {

    private final WritesWithoutDatabase database = new WritesWithoutDatabase();
    private final EventLedgerProjection projection = new EventLedgerProjection(database.writes());

    @Test
    void countsEveryEventOfAMunicipalityAndNoneOfANetwork() {
        assertThat(DomainEventTypes.all()).isNotEmpty().allSatisfy(type -> {
            DomainEvent event = SampleEvents.sample(type);
            assertThat(projection.handles(type)).isTrue();
            assertThat(counted(event)).as(type.getSimpleName()).isEqualTo(EventTenancy.isTenantEvent(event));
        });
    }

    /** Whether applying the event gathered a row of the ledger in its transaction. */
    private boolean counted(DomainEvent event) {
        DomainEventRecord record = SampleEvents.recordOf(event);
        AtomicBoolean gathered = new AtomicBoolean();
        database.queuedBy(EventTenancy.rowsTenant(record, event), () -> {
            projection.apply(event, record);
            GatheredRows rows = database.writes().gathered(projection, () -> () -> Optional.empty());
            gathered.set(rows.drain().isPresent());
        });
        return gathered.get();
    }
}
