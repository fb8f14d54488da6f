package forum.projections.ledger;

import forum.core.shared.DomainEvent;
import forum.projections.stream.DomainEventRecord;
import forum.projections.stream.Projection;
import forum.projections.sql.PerTransaction;
import forum.projections.sql.ReadModelWrites;
import forum.projections.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts the events the read-model consumer applied per tenant and sums PostgreSQL's hashtext of their
 * ids. Applied exactly once per event (positions), so the figures equal those of the event store.
 */
@Component
class EventLedgerProjection implements Projection {

    private static final int BEFORE_WRITES_ARE_SENT = 0;

    private final ReadModelWrites writes;
    private final TenantScope tenantScope;

    EventLedgerProjection(ReadModelWrites writes, TenantScope tenantScope) {
        this.writes = writes;
        this.tenantScope = tenantScope;
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
            return;
        }
        PerTransaction.state(this, Applied::new, this::write, BEFORE_WRITES_ARE_SENT).add(record);
    }

    /**
     * The events a transaction applied, by tenant, written as one upsert per tenant just before its commit.
     * Updating the tenant's row once per event instead made a rebuild quadratic: every update of a row within
     * one transaction leaves a version that the next update has to step over.
     */
    private static final class Applied {

        final Map<UUID, List<String>> idsByTenant = new LinkedHashMap<>();

        void add(DomainEventRecord record) {
            idsByTenant.computeIfAbsent(record.tenantId(), tenant -> new ArrayList<>()).add(record.id());
        }
    }

    /**
     * Queued with the projections' writes (ReadModelWrites), which send each tenant's rows together: the
     * database is told each tenant once per transaction, not once more for its ledger row.
     */
    private void write(Applied applied) {
        applied.idsByTenant.forEach((tenant, ids) -> {
            tenantScope.select(tenant);
            writes.sql("""
                            insert into event_ledger (tenant_id, events, id_hash)
                            select :tenant, count(*), sum(hashtext(id)) from unnest(cast(:ids as text[])) as id
                            on conflict (tenant_id) do update
                            set events = event_ledger.events + excluded.events,
                                id_hash = event_ledger.id_hash + excluded.id_hash
                            """)
                    .param("tenant", tenant)
                    .param("ids", ids.toArray(String[]::new))
                    .queue();
        });
        // Sent here: when ReadModelWrites' own sending came first, it has nothing left to send after this.
        writes.flush();
    }
}
