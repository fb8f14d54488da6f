package forum.projections.ledger;

import forum.core.shared.DomainEvent;
import forum.projections.stream.DomainEventRecord;
import forum.projections.stream.Projection;
import forum.projections.sql.PerTransaction;
import forum.projections.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Counts the events the read-model consumer applied per tenant and sums PostgreSQL's hashtext of their
 * ids. Applied exactly once per event (positions), so the figures equal those of the event store.
 */
@Component
class EventLedgerProjection implements Projection {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    EventLedgerProjection(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
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
        PerTransaction.state(this, Applied::new, this::write).add(record);
    }

    /**
     * The events a transaction applied, by tenant, written as one upsert for all of them just before its commit.
     * Updating the tenant's row once per event instead made a rebuild quadratic: every update of a row within
     * one transaction leaves a version that the next update has to step over.
     */
    private static final class Applied {

        final List<String> tenants = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        void add(DomainEventRecord record) {
            tenants.add(record.tenantId().toString());
            ids.add(record.id());
        }
    }

    private void write(Applied applied) {
        Set<UUID> tenants = applied.tenants.stream().map(UUID::fromString).collect(Collectors.toSet());
        if (tenants.size() == 1) {
            tenantScope.enter(tenants.iterator().next());
        } else {
            // Row-level security checks each row against the tenants the transaction names (policy batch_writer).
            tenantScope.admitBatch(tenants);
        }
        jdbc.sql("""
                        insert into event_ledger (tenant_id, events, id_hash)
                        select tenant, count(*), sum(hashtext(id))
                        from unnest(cast(:tenants as uuid[]), cast(:ids as text[])) as applied(tenant, id)
                        group by tenant
                        on conflict (tenant_id) do update
                        set events = event_ledger.events + excluded.events,
                            id_hash = event_ledger.id_hash + excluded.id_hash
                        """)
                .param("tenants", applied.tenants.toArray(String[]::new))
                .param("ids", applied.ids.toArray(String[]::new))
                .update();
    }
}
