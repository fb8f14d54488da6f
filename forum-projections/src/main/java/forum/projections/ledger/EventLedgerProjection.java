package forum.projections.ledger;

import forum.core.shared.DomainEvent;
import forum.projections.stream.DomainEventRecord;
import forum.projections.stream.Projection;
import forum.projections.sql.PerTransaction;
import forum.projections.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
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
     * The events a transaction applied, by tenant, written just before its commit: one upsert for all its tenants.
     * Updating the tenant's row once per event instead made a rebuild quadratic: every update of a row within
     * one transaction leaves a version that the next update has to step over.
     */
    private static final class Applied {

        final Map<UUID, List<String>> idsByTenant = new LinkedHashMap<>();

        void add(DomainEventRecord record) {
            idsByTenant.computeIfAbsent(record.tenantId(), tenant -> new ArrayList<>()).add(record.id());
        }
    }

    private void write(Applied applied) {
        if (applied.idsByTenant.size() == 1) {
            // A rebuild's transaction, or a batch of one tenant's events: no tenant array to send and group by.
            // A consumer's batch has admitted its tenant already (its inserts); a rebuild has entered it.
            UUID tenant = applied.idsByTenant.keySet().iterator().next();
            if (!tenantScope.admits(tenant)) {
                tenantScope.enter(tenant);
            }
            upsert("select cast(:tenant as uuid), count(*), sum(hashtext(id)) from unnest(cast(:ids as text[])) as id")
                    .param("tenant", tenant)
                    .param("ids", applied.idsByTenant.get(tenant).toArray(String[]::new))
                    .update();
            return;
        }
        List<String> tenants = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        applied.idsByTenant.forEach((tenant, tenantIds) -> tenantIds.forEach(id -> {
            tenants.add(tenant.toString());
            ids.add(id);
        }));
        // Row-level security checks each row against the tenants the transaction names (policy batch_writer).
        tenantScope.admitBatch(applied.idsByTenant.keySet());
        upsert("""
                select tenant, count(*), sum(hashtext(id))
                from unnest(cast(:tenants as uuid[]), cast(:ids as text[])) as applied(tenant, id)
                group by tenant""")
                .param("tenants", tenants.toArray(String[]::new))
                .param("ids", ids.toArray(String[]::new))
                .update();
    }

    /** Adds the counts and hashes that {@code select} gives per tenant to the tenants' rows. */
    private JdbcClient.StatementSpec upsert(String select) {
        return jdbc.sql("insert into event_ledger (tenant_id, events, id_hash)\n" + select + """

                on conflict (tenant_id) do update
                set events = event_ledger.events + excluded.events,
                    id_hash = event_ledger.id_hash + excluded.id_hash
                """);
    }
}
