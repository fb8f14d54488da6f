package forum.api.support;

import forum.projections.runtime.TenantScope;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work in a transaction that entered a tenant, as a command's does: row-level security shows the event store
 * only that tenant's events (and networks').
 */
public final class InTenant {

    private final TransactionTemplate transaction;
    private final TenantScope tenantScope;

    public InTenant(TransactionTemplate transaction, TenantScope tenantScope) {
        this.transaction = transaction;
        this.tenantScope = tenantScope;
    }

    public <T> T get(UUID tenant, Supplier<T> work) {
        return transaction.execute(status -> {
            tenantScope.enter(tenant);
            return work.get();
        });
    }

    public void run(UUID tenant, Runnable work) {
        get(tenant, () -> {
            work.run();
            return null;
        });
    }
}
