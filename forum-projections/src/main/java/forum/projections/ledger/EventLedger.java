package forum.projections.ledger;

import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

@Service
public class EventLedger {

    /** How many events of a tenant were applied, and the sum of hashtext(event id) over them. */
    public record Figures(long events, BigDecimal idHash) {
    }

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    EventLedger(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    @Transactional(readOnly = true)
    public Figures of(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("select events, id_hash from event_ledger where tenant_id = :tenant")
                .param("tenant", tenantId)
                .query((row, n) -> new Figures(row.getLong("events"), row.getBigDecimal("id_hash")))
                .optional()
                .orElse(new Figures(0, BigDecimal.ZERO));
    }
}
