package forum.projections.ledger;

import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.GatheredRows;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts the events the read-model consumer applied per tenant and sums PostgreSQL's hashtext of their
 * ids. Applied exactly once per event (positions), so the figures equal those of the event store.
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

        private final Map<UUID, List<String>> idsByTenant = new LinkedHashMap<>();

        void add(DomainEventRecord record) {
            idsByTenant.computeIfAbsent(record.tenantId(), tenant -> new ArrayList<>()).add(record.id());
        }

        @Override
        public Optional<Upsert> drain() {
            if (idsByTenant.isEmpty()) {
                return Optional.empty();
            }
            List<String> tenants = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            idsByTenant.forEach((tenant, tenantIds) -> tenantIds.forEach(id -> {
                tenants.add(tenant.toString());
                ids.add(id);
            }));
            // The view's trigger adds each tenant's figures to its row under that tenant, if the transaction entered
            // or admitted it: a transaction may insert its batch's tenants' rows, never read or update them.
            Upsert upsert = new Upsert("""
                    insert into event_ledger_applied (tenant_id, events, id_hash)
                    select tenant, count(*), sum(hashtext(id))
                    from unnest(cast(:ledger_tenants as uuid[]), cast(:ledger_ids as text[])) as applied(tenant, id)
                    group by tenant
                    """, new MapSqlParameterSource()
                    .addValue("ledger_tenants", tenants.toArray(String[]::new))
                    .addValue("ledger_ids", ids.toArray(String[]::new)),
                    List.copyOf(idsByTenant.keySet()));
            idsByTenant.clear();
            return Optional.of(upsert);
        }
    }
}
