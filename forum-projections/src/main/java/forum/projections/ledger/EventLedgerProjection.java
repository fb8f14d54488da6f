package forum.projections.ledger;

import forum.core.shared.DomainEvent;
import forum.projections.stream.DomainEventRecord;
import forum.projections.stream.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Counts the events the read-model consumer applied per tenant and sums PostgreSQL's hashtext of their
 * ids. Applied exactly once per event (positions), so the figures equal those of the event store.
 */
@Component
class EventLedgerProjection implements Projection {

    private final JdbcClient jdbc;

    EventLedgerProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        jdbc.sql("""
                        insert into event_ledger (tenant_id, events, id_hash) values (:tenant, 1, hashtext(:id))
                        on conflict (tenant_id) do update
                        set events = event_ledger.events + 1, id_hash = event_ledger.id_hash + hashtext(:id)
                        """)
                .param("tenant", record.tenantId())
                .param("id", record.id())
                .update();
    }
}
