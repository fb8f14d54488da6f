package forum.projections.ledger;

import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.GatheredRows;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Counts the events the read-model consumer applied per tenant and sums PostgreSQL's hashtext of their
 * ids; keeps the time of the tenant's latest event (its last activity, as the operator sees it). Applied exactly once per event (positions), so the figures equal those of the event store.
 */
@Component
class EventLedgerProjection implements Projection {

    private final ReadModelWrites writes;

    EventLedgerProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "event-ledger";
    }

    @Override
    public List<String> tables() {
        return List.of("event_ledger");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return true;
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (record.tenantId() == null) {
            // A network's events belong to no municipality, and the ledger counts per municipality.
            return;
        }
        writes.gathered(this, Applied::new).add(record);
    }

    /**
     * The events a transaction applied, by tenant, upserted with the transaction's inserts (ReadModelWrites): one
     * statement for all its tenants. Updating the tenant's row once per event instead made a rebuild quadratic:
     * every update of a row within one transaction leaves a version that the next update has to step over.
     */
    private static final class Applied implements GatheredRows {

        private final Set<UUID> byTenant = new LinkedHashSet<>();
        private final List<String> tenants = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final List<String> times = new ArrayList<>();

        void add(DomainEventRecord record) {
            byTenant.add(record.tenantId());
            tenants.add(record.tenantId().toString());
            ids.add(record.id());
            times.add(record.time() == null ? null : record.time().toString());
        }

        @Override
        public Optional<Upsert> drain() {
            if (byTenant.isEmpty()) {
                return Optional.empty();
            }
            // The view's trigger adds each tenant's figures to its row under that tenant, if the transaction entered
            // or admitted it: a transaction may insert its batch's tenants' rows, never read or update them.
            Upsert upsert = new Upsert("""
                    insert into event_ledger_applied (tenant_id, events, id_hash, last_event_at)
                    select tenant, count(*), sum(hashtext(id)), max(at)
                    from unnest(cast(:ledger_tenants as uuid[]), cast(:ledger_ids as text[]),
                                cast(:ledger_times as timestamptz[])) as applied(tenant, id, at)
                    group by tenant
                    """, new MapSqlParameterSource()
                    .addValue("ledger_tenants", tenants.toArray(String[]::new))
                    .addValue("ledger_ids", ids.toArray(String[]::new))
                    .addValue("ledger_times", times.toArray(String[]::new)),
                    List.copyOf(byTenant));
            byTenant.clear();
            tenants.clear();
            ids.clear();
            times.clear();
            return Optional.of(upsert);
        }
    }
}
