package forum.projections.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.UUID;

/**
 * Sets the tenant that row-level security lets the current transaction see. Transaction-local
 * ({@code set_config(..., true)}), so a pooled connection never carries a tenant into the next use.
 */
@Component
public class TenantScope {

    private final JdbcClient jdbc;

    public TenantScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enter(UUID tenantId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The tenant is set per transaction; no transaction is active");
        }
        jdbc.sql("select set_config('forum.tenant_id', :tenant, true)")
                .param("tenant", tenantId.toString())
                .query(String.class)
                .single();
    }
}
